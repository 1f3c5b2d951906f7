using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InboxIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_requests_AgencyId_IsOpen_DueOn",
                table: "requests");

            migrationBuilder.CreateIndex(
                name: "IX_requests_open_by_due",
                table: "requests",
                columns: new[] { "AgencyId", "DueOn" },
                filter: "\"IsOpen\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_requests_open_by_due",
                table: "requests");

            migrationBuilder.CreateIndex(
                name: "IX_requests_AgencyId_IsOpen_DueOn",
                table: "requests",
                columns: new[] { "AgencyId", "IsOpen", "DueOn" });
        }
    }
}
