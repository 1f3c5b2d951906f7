using System.Data.Common;
using System.Globalization;
using System.Text;
using Gongkai.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

using static Gongkai.Data.AdoCommands;

namespace Gongkai.Data.Catalog;

/// <summary>Keeping the index in step with the catalog: an item in or out, a rebuild, its filter tokens and its PostgreSQL tsvector.</summary>
public static partial class CatalogSearch
{
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
            Add(command, "document", TsVector(item));
        }
        else
        {
            command.CommandText = "INSERT INTO publication_search (rowid, title, number, body, facets) VALUES (@id, @title, @number, @body, @facets)";
            Add(command, "title", SearchText.Tokens(item.Title));
            Add(command, "number", SearchText.Tokens(item.DocumentNumber));
            Add(command, "body", SearchText.Tokens(item.BodyText));
            Add(command, "facets", string.Join(' ', Facets(item)));
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Fills an empty index from the catalog (after a migration that rebuilt it), in batches; returns
    /// how many items were indexed, 0 when the index was not empty.
    /// </summary>
    public static async Task<int> RebuildIfEmptyAsync(this GongkaiDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using (var probe = await CommandAsync(db, cancellationToken))
        {
            probe.CommandText = db.Database.IsNpgsql() ? "SELECT 1 FROM publication_search LIMIT 1" : "SELECT 1 FROM publication_search_docsize LIMIT 1";
            if (await probe.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return 0;
            }
        }

        var indexed = 0;
        long after = 0;
        while (true)
        {
            var batch = await db.Publications.AsNoTracking()
                .Where(p => p.Id > after && p.State == PublicationState.Published && p.Mode == DisclosureMode.Proactive)
                .OrderBy(p => p.Id).Take(1000).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return indexed;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var item in batch)
            {
                await db.IndexAsync(item, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            indexed += batch.Count;
            after = batch[^1].Id;
        }
    }

    /// <summary>The filter tokens of an item: agency, genre, year of publication and validity.</summary>
    public static IEnumerable<string> Facets(Publication item)
    {
        ArgumentNullException.ThrowIfNull(item);
        yield return AgencyFacet(item.AgencyId);
        yield return GenreFacet(item.Genre);
        if (item.PublishedOn is DateOnly published)
        {
            yield return YearFacet(published.Year);
        }

        yield return ValidityFacet(item.Validity);
    }

    private static string AgencyFacet(int agency) => string.Create(CultureInfo.InvariantCulture, $"a{agency}");

    private static string GenreFacet(Genre genre) => "g" + genre.ToString().ToLowerInvariant();

    private static string YearFacet(int year) => string.Create(CultureInfo.InvariantCulture, $"y{year}");

    private static string ValidityFacet(ValidityState validity) => "v" + validity.ToString().ToLowerInvariant();

    /// <summary>
    /// A tsvector literal built here rather than by to_tsvector, so that PostgreSQL's parser and
    /// locale never re-split the pairs: title pairs with positions and weight A, document number B,
    /// body D; the title's tokens again with <see cref="SearchText.TitleMarker"/>; the filter tokens
    /// and block tokens with '@', which no text token can contain.
    /// </summary>
    public static string TsVector(Publication item)
    {
        ArgumentNullException.ThrowIfNull(item);
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

        Add(item.Title, "A");
        Add(item.DocumentNumber, "B");
        Add(item.BodyText, "");
        foreach (var token in SearchText.Tokens(item.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
        {
            text.Append('\'').Append(SearchText.TitleMarker).Append(token).Append("' ");
        }

        foreach (var facet in Facets(item))
        {
            text.Append("'@").Append(facet).Append("' ");
        }

        foreach (var level in BlockLevels)
        {
            text.Append(CultureInfo.InvariantCulture, $"'@b{level}:{item.Id >> level}' ");
        }

        return text.ToString();
    }
}
