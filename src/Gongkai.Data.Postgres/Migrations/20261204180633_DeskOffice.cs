using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DeskOffice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DueEstimated",
                table: "requests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "DuplicateOfId",
                table: "requests",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsVoid",
                table: "requests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "VoidReason",
                table: "requests",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "applicant_id_document",
                table: "requests",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "IdCard");

            // Existing organizations gave their credit code.
            migrationBuilder.Sql("UPDATE requests SET applicant_id_document = 'CreditCode' WHERE applicant_kind <> 'NaturalPerson'");

            migrationBuilder.AddColumn<int>(
                name: "DeliveryMethod",
                table: "request_steps",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentNumber",
                table: "request_steps",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Flags",
                table: "request_steps",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostalTrackingNumber",
                table: "request_steps",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "notice_templates",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "calendar_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Json = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    LoadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LoadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_years", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    RequestId = table.Column<long>(type: "bigint", nullable: true),
                    Response = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "letter_counters",
                columns: table => new
                {
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_letter_counters", x => new { x.AgencyId, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "letter_drafts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Days = table.Column<int>(type: "integer", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    FeeMethod = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    FeeQuantity = table.Column<int>(type: "integer", nullable: true),
                    FeeReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    LegalBasis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Withheld = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ThirdParty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DraftedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DraftedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Approvals = table.Column<int>(type: "integer", nullable: false),
                    Chain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReturnComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StepId = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_letter_drafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_letter_drafts_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mail_settings",
                columns: table => new
                {
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Host = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Port = table.Column<int>(type: "integer", nullable: false),
                    Security = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Password = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FromAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FromName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_settings", x => x.AgencyId);
                    table.ForeignKey(
                        name: "FK_mail_settings_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "office_settings",
                columns: table => new
                {
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    IssuerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NumberPrefix = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewBody = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Court = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactPerson = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactPhone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PaymentMethod = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SignOff = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DueSoonDays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_office_settings", x => x.AgencyId);
                    table.ForeignKey(
                        name: "FK_office_settings_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sign_off_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DraftId = table.Column<long>(type: "bigint", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Approved = table.Column<bool>(type: "boolean", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sign_off_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sign_off_records_letter_drafts_DraftId",
                        column: x => x.DraftId,
                        principalTable: "letter_drafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_idempotency_keys_CreatedAt",
                table: "idempotency_keys",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_letter_drafts_RequestId_State",
                table: "letter_drafts",
                columns: new[] { "RequestId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_sign_off_records_DraftId",
                table: "sign_off_records",
                column: "DraftId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_years");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "letter_counters");

            migrationBuilder.DropTable(
                name: "mail_settings");

            migrationBuilder.DropTable(
                name: "office_settings");

            migrationBuilder.DropTable(
                name: "sign_off_records");

            migrationBuilder.DropTable(
                name: "letter_drafts");

            migrationBuilder.DropColumn(
                name: "DueEstimated",
                table: "requests");

            migrationBuilder.DropColumn(
                name: "DuplicateOfId",
                table: "requests");

            migrationBuilder.DropColumn(
                name: "IsVoid",
                table: "requests");

            migrationBuilder.DropColumn(
                name: "VoidReason",
                table: "requests");

            migrationBuilder.DropColumn(
                name: "applicant_id_document",
                table: "requests");

            migrationBuilder.DropColumn(
                name: "DeliveryMethod",
                table: "request_steps");

            migrationBuilder.DropColumn(
                name: "DocumentNumber",
                table: "request_steps");

            migrationBuilder.DropColumn(
                name: "Flags",
                table: "request_steps");

            migrationBuilder.DropColumn(
                name: "PostalTrackingNumber",
                table: "request_steps");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "notice_templates");
        }
    }
}
