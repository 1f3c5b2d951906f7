using System.Data.Common;
using System.Globalization;
using System.Text;
using Gongkai.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

using static Gongkai.Data.AdoCommands;

namespace Gongkai.Data.Catalog;

/// <summary>The DDL of the search index, one per provider.</summary>
public static partial class CatalogSearch
{
    /// <summary>The DDL of the index, run by the migration of each provider.</summary>
    public const string SqliteCreate =
        "CREATE VIRTUAL TABLE publication_search USING fts5(title, number, body, facets, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1);";

    /// <summary>The DDL of the index, run by the migration of each provider.</summary>
    public const string PostgresCreate =
        "CREATE TABLE publication_search (id bigint PRIMARY KEY REFERENCES publications(\"Id\") ON DELETE CASCADE, document tsvector NOT NULL);"
        + "CREATE INDEX ix_publication_search_document ON publication_search USING gin (document);";

    /// <summary>Drops the index.</summary>
    public const string Drop = "DROP TABLE IF EXISTS publication_search;";
}
