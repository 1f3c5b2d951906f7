using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Postgres.Migrations
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
            migrationBuilder.Sql(Gongkai.Data.Catalog.CatalogSearch.PostgresCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the index of the Catalog migration, empty: that version cannot refill it.
            migrationBuilder.Sql(Gongkai.Data.Catalog.CatalogSearch.Drop);
            migrationBuilder.Sql("CREATE TABLE publication_search (id bigint PRIMARY KEY REFERENCES publications(\"Id\") ON DELETE CASCADE, document tsvector NOT NULL);CREATE INDEX ix_publication_search_document ON publication_search USING gin (document);");
        }
    }
}
