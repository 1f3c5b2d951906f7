using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Catalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PublicationId",
                table: "audit_entries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "catalog_settings",
                columns: table => new
                {
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndexScheme = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OrgCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReviewLevels = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficeHours = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Fax = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OnlineContact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Arrangement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Remedies = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_settings", x => x.AgencyId);
                    table.ForeignKey(
                        name: "FK_catalog_settings_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decision_figures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Licensing = table.Column<int>(type: "INTEGER", nullable: true),
                    Penalty = table.Column<int>(type: "INTEGER", nullable: true),
                    Coercion = table.Column<int>(type: "INTEGER", nullable: true),
                    FeesTenThousandYuan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_figures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decision_figures_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "index_counters",
                columns: table => new
                {
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_index_counters", x => new { x.AgencyId, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "publications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndexNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IssuingAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Genre = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    BodyText = table.Column<string>(type: "TEXT", nullable: false),
                    Validity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RepealedById = table.Column<long>(type: "INTEGER", nullable: true),
                    InterpretsId = table.Column<long>(type: "INTEGER", nullable: true),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ModeBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ModeReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ModeReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReviewLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_publications_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_publications_publications_InterpretsId",
                        column: x => x.InterpretsId,
                        principalTable: "publications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_publications_publications_RepealedById",
                        column: x => x.RepealedById,
                        principalTable: "publications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "publication_attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publication_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_publication_attachments_publications_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "publications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "publication_revisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publication_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_publication_revisions_publications_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "publications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_decision_figures_AgencyId_Year",
                table: "decision_figures",
                columns: new[] { "AgencyId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_publication_attachments_PublicationId",
                table: "publication_attachments",
                column: "PublicationId");

            migrationBuilder.CreateIndex(
                name: "IX_publication_revisions_PublicationId",
                table: "publication_revisions",
                column: "PublicationId");

            migrationBuilder.CreateIndex(
                name: "IX_publications_AgencyId_Genre_PublishedOn",
                table: "publications",
                columns: new[] { "AgencyId", "Genre", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_publications_AgencyId_ModeReviewedOn",
                table: "publications",
                columns: new[] { "AgencyId", "ModeReviewedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_publications_AgencyId_State_PublishedOn",
                table: "publications",
                columns: new[] { "AgencyId", "State", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_publications_IndexNumber",
                table: "publications",
                column: "IndexNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_publications_InterpretsId",
                table: "publications",
                column: "InterpretsId");

            migrationBuilder.CreateIndex(
                name: "IX_publications_RepealedById",
                table: "publications",
                column: "RepealedById");

            // The index as this migration made it; later migrations rebuild it (SearchFacets).
            migrationBuilder.Sql("CREATE VIRTUAL TABLE publication_search USING fts5(title, number, body, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS publication_search;");

            migrationBuilder.DropTable(
                name: "catalog_settings");

            migrationBuilder.DropTable(
                name: "decision_figures");

            migrationBuilder.DropTable(
                name: "index_counters");

            migrationBuilder.DropTable(
                name: "publication_attachments");

            migrationBuilder.DropTable(
                name: "publication_revisions");

            migrationBuilder.DropTable(
                name: "publications");

            migrationBuilder.DropColumn(
                name: "PublicationId",
                table: "audit_entries");
        }
    }
}
