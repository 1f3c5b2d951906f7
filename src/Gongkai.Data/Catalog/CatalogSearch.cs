using System.Data.Common;
using System.Globalization;
using System.Text;
using Gongkai.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Data.Catalog;

/// <summary>A search of the portal: the words and the filters, one page of results.</summary>
public sealed record CatalogQuery(string? Text, int? AgencyId = null, Genre? Genre = null, int? Year = null, ValidityState? Validity = null, int Page = 1, int PageSize = 20);

/// <summary>One result: the item and whether its title contains every term.</summary>
public readonly record struct CatalogHit(long Id, bool TitleMatch);

/// <summary>A page of results and how many there are in all.</summary>
public sealed record CatalogHits(int Total, IReadOnlyList<CatalogHit> Hits, IReadOnlyList<SearchTerm> Terms);

/// <summary>
/// The full-text index of public catalog items, in the database so that several web servers share
/// it: SQLite FTS5 (unicode61 over <see cref="SearchText"/> character pairs) or a PostgreSQL
/// tsvector with a GIN index (title weight A, document number B, body D). Ranking: items whose
/// title holds every term first, then relevance (bm25 / ts_rank), then the newest. See docs/search.md.
/// </summary>
public static class CatalogSearch
{
    /// <summary>The DDL of the index, run by the migration of each provider.</summary>
    public const string SqliteCreate =
        "CREATE VIRTUAL TABLE publication_search USING fts5(title, number, body, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1);";

    /// <summary>The DDL of the index, run by the migration of each provider.</summary>
    public const string PostgresCreate =
        "CREATE TABLE publication_search (id bigint PRIMARY KEY REFERENCES publications(\"Id\") ON DELETE CASCADE, document tsvector NOT NULL);"
        + "CREATE INDEX ix_publication_search_document ON publication_search USING gin (document);";

    /// <summary>Drops the index.</summary>
    public const string Drop = "DROP TABLE IF EXISTS publication_search;";

    /// <summary>Puts a public item in the index, or takes a non-public one out, in the current transaction.</summary>
    public static async Task IndexAsync(this GongkaiDbContext db, Publication item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(item);
        await using var command = await CommandAsync(db, cancellationToken);
        var postgres = db.Database.IsNpgsql();
        command.CommandText = postgres ? "DELETE FROM publication_search WHERE id = @id" : "DELETE FROM publication_search WHERE rowid = @id";
        Add(command, "id", item.Id);
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (!item.IsPublic)
        {
            return;
        }

        command.Parameters.Clear();
        Add(command, "id", item.Id);
        if (postgres)
        {
            command.CommandText = "INSERT INTO publication_search (id, document) VALUES (@id, @document::tsvector)";
            Add(command, "document", TsVector(item.Title, item.DocumentNumber, item.BodyText));
        }
        else
        {
            command.CommandText = "INSERT INTO publication_search (rowid, title, number, body) VALUES (@id, @title, @number, @body)";
            Add(command, "title", SearchText.Tokens(item.Title));
            Add(command, "number", SearchText.Tokens(item.DocumentNumber));
            Add(command, "body", SearchText.Tokens(item.BodyText));
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A page of public items matching the query; an empty query matches nothing.</summary>
    public static async Task<CatalogHits> SearchAsync(this GongkaiDbContext db, CatalogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var terms = SearchText.Terms(query.Text);
        if (terms.Count == 0)
        {
            return new CatalogHits(0, [], terms);
        }

        var postgres = db.Database.IsNpgsql();
        await using var command = await CommandAsync(db, cancellationToken);
        var filters = new StringBuilder();
        if (query.AgencyId is int agency)
        {
            filters.Append(" AND p.\"AgencyId\" = @agency");
            Add(command, "agency", agency);
        }

        if (query.Genre is Genre genre)
        {
            filters.Append(" AND p.\"Genre\" = @genre");
            Add(command, "genre", genre.ToString());
        }

        if (query.Validity is ValidityState validity)
        {
            filters.Append(" AND p.\"Validity\" = @validity");
            Add(command, "validity", validity.ToString());
        }

        if (query.Year is int year)
        {
            filters.Append(" AND p.\"PublishedOn\" >= @from AND p.\"PublishedOn\" < @to");
            Add(command, "from", DateParameter(postgres, new DateOnly(year, 1, 1)));
            Add(command, "to", DateParameter(postgres, new DateOnly(year + 1, 1, 1)));
        }

        var size = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Clamp(query.Page, 1, 1000);
        Add(command, "size", size);
        Add(command, "skip", (page - 1) * size);
        string matches;
        if (postgres)
        {
            Add(command, "q", SearchText.TsQuery(terms));
            Add(command, "qt", SearchText.TsQuery(terms, 'A'));
            matches = $"FROM publication_search s JOIN publications p ON p.\"Id\" = s.id WHERE s.document @@ @q::tsquery{filters}";
            command.CommandText =
                $"SELECT p.\"Id\", s.document @@ @qt::tsquery AS title_match {matches} "
                + "ORDER BY title_match DESC, ts_rank(s.document, @q::tsquery) DESC, p.\"PublishedOn\" DESC, p.\"Id\" DESC LIMIT @size OFFSET @skip";
        }
        else
        {
            Add(command, "q", SearchText.Fts5Query(terms));
            Add(command, "qt", SearchText.Fts5Query(terms, "title"));
            matches = $"FROM publication_search s JOIN publications p ON p.\"Id\" = s.rowid WHERE publication_search MATCH @q{filters}";
            command.CommandText =
                $"SELECT p.\"Id\", s.rowid IN (SELECT rowid FROM publication_search WHERE publication_search MATCH @qt) AS title_match {matches} "
                + "ORDER BY title_match DESC, bm25(publication_search, 10.0, 5.0, 1.0), p.\"PublishedOn\" DESC, p.\"Id\" DESC LIMIT @size OFFSET @skip";
        }

        var hits = new List<CatalogHit>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                hits.Add(new CatalogHit(reader.GetInt64(0), Convert.ToBoolean(reader.GetValue(1), CultureInfo.InvariantCulture)));
            }
        }

        var total = hits.Count;
        if (page > 1 || hits.Count == size)
        {
            command.CommandText = $"SELECT count(*) {matches}";
            total = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        return new CatalogHits(total, hits, terms);
    }

    /// <summary>
    /// The next index number sequence of an agency and year, counted in the database in the current
    /// transaction (one upsert, so two publications at once can never get the same number and a
    /// number given out is never given again).
    /// </summary>
    public static async Task<long> NextSequenceAsync(this GongkaiDbContext db, int agencyId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var command = await CommandAsync(db, cancellationToken);
        command.CommandText =
            "INSERT INTO index_counters (\"AgencyId\", \"Year\", \"Last\") VALUES (@agency, @year, 1) "
            + "ON CONFLICT (\"AgencyId\", \"Year\") DO UPDATE SET \"Last\" = index_counters.\"Last\" + 1 RETURNING \"Last\"";
        Add(command, "agency", agencyId);
        Add(command, "year", year);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A tsvector literal with positions and weights (title A, number B, body D), built here rather
    /// than by to_tsvector so that PostgreSQL's parser and locale never re-split the pairs.
    /// </summary>
    public static string TsVector(string title, string number, string body)
    {
        var text = new StringBuilder();
        var position = 0;
        void Add(string source, string weight)
        {
            foreach (var token in SearchText.Tokens(source).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                position = Math.Min(position + 1, 16383);
                text.Append('\'').Append(token).Append("':").Append(position.ToString(CultureInfo.InvariantCulture)).Append(weight).Append(' ');
            }
        }

        Add(title, "A");
        Add(number, "B");
        Add(body, "");
        return text.ToString();
    }

    private static object DateParameter(bool postgres, DateOnly date) =>
        postgres ? date : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<DbCommand> CommandAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
