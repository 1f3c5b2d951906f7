using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AnnualReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AppealCaseId",
                table: "audit_entries",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "appeal_cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RequestId = table.Column<long>(type: "bigint", nullable: true),
                    Decision = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReviewCaseId = table.Column<long>(type: "bigint", nullable: true),
                    ApplicantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BodyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BodyLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CopyReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Disposition = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    CoDefendantOnly = table.Column<bool>(type: "boolean", nullable: false),
                    AppealFiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealCourt = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AppealDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealDisposition = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeal_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeal_cases_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appeal_cases_appeal_cases_ReviewCaseId",
                        column: x => x.ReviewCaseId,
                        principalTable: "appeal_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appeal_cases_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "published_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    CorrectionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Uploaded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_published_reports_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_drafts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CorrectionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Active = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    OnRequest = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Management = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Platform = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Supervision = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Problems = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    OtherMatters = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_drafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_drafts_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_entered_figures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Cell = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_entered_figures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_entered_figures_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "appeal_documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AppealCaseId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeal_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeal_documents_appeal_cases_AppealCaseId",
                        column: x => x.AppealCaseId,
                        principalTable: "appeal_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "appeal_hearings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AppealCaseId = table.Column<long>(type: "bigint", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeal_hearings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeal_hearings_appeal_cases_AppealCaseId",
                        column: x => x.AppealCaseId,
                        principalTable: "appeal_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportDraftId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActorRole = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_steps_report_drafts_ReportDraftId",
                        column: x => x.ReportDraftId,
                        principalTable: "report_drafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appeal_cases_AgencyId_FiledOn",
                table: "appeal_cases",
                columns: new[] { "AgencyId", "FiledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_appeal_cases_RequestId",
                table: "appeal_cases",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_appeal_cases_ReviewCaseId",
                table: "appeal_cases",
                column: "ReviewCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_appeal_documents_AppealCaseId",
                table: "appeal_documents",
                column: "AppealCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_appeal_hearings_AppealCaseId",
                table: "appeal_hearings",
                column: "AppealCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_published_reports_AgencyId_Year_Version",
                table: "published_reports",
                columns: new[] { "AgencyId", "Year", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_drafts_AgencyId_Year",
                table: "report_drafts",
                columns: new[] { "AgencyId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_entered_figures_AgencyId_Year",
                table: "report_entered_figures",
                columns: new[] { "AgencyId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_report_steps_ReportDraftId",
                table: "report_steps",
                column: "ReportDraftId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appeal_documents");

            migrationBuilder.DropTable(
                name: "appeal_hearings");

            migrationBuilder.DropTable(
                name: "published_reports");

            migrationBuilder.DropTable(
                name: "report_entered_figures");

            migrationBuilder.DropTable(
                name: "report_steps");

            migrationBuilder.DropTable(
                name: "appeal_cases");

            migrationBuilder.DropTable(
                name: "report_drafts");

            migrationBuilder.DropColumn(
                name: "AppealCaseId",
                table: "audit_entries");
        }
    }
}
