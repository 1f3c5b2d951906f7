using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchFacets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Filter tokens (and, on PostgreSQL, title and block tokens) join the index: it is
            // rebuilt empty here and refilled from the catalog at start-up (CatalogSearch.RebuildIfEmptyAsync).
            migrationBuilder.Sql(Gongkai.Data.Catalog.CatalogSearch.Drop);
            migrationBuilder.Sql(Gongkai.Data.Catalog.CatalogSearch.SqliteCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the index of the Catalog migration, empty: that version cannot refill it.
            migrationBuilder.Sql(Gongkai.Data.Catalog.CatalogSearch.Drop);
            migrationBuilder.Sql("CREATE VIRTUAL TABLE publication_search USING fts5(title, number, body, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1);");
        }
    }
}
