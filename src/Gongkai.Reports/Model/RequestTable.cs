namespace Gongkai.Reports.Model;

/// <summary>
/// Section 三: counts of requests per row and applicant column. A cell is <c>null</c> when the
/// document left it blank (blank and 0 are different facts); a row the document does not have
/// at all is absent.
/// </summary>
public sealed class RequestTable : IEquatable<RequestTable>
{
    private readonly int?[]?[] _rows = new int?[]?[RequestRows.Count];

    /// <summary>True when the document has this row at all.</summary>
    public bool Has(RequestRow row) => _rows[(int)row] is not null;

    /// <summary>The rows the document has, in form order.</summary>
    public IEnumerable<RequestRow> Rows => Enumerable.Range(0, RequestRows.Count).Where(i => _rows[i] is not null).Select(i => (RequestRow)i);

    public bool IsEmpty => _rows.All(r => r is null);

    /// <summary>A cell, or null when blank or when the row is absent.</summary>
    public int? this[RequestRow row, ApplicantColumn column]
    {
        get => _rows[(int)row]?[(int)column];
        set => (_rows[(int)row] ??= new int?[ApplicantColumns.Count])[(int)column] = value;
    }

    /// <summary>The seven cells of a row (a copy), or null when absent.</summary>
    public int?[]? Row(RequestRow row) => _rows[(int)row]?.ToArray();

    /// <summary>Sets a whole row (seven cells); null removes the row.</summary>
    public void SetRow(RequestRow row, IReadOnlyList<int?>? cells)
    {
        if (cells is null) { _rows[(int)row] = null; return; }
        if (cells.Count != ApplicantColumns.Count)
            throw new ArgumentException($"A section 三 row has {ApplicantColumns.Count} cells, not {cells.Count}.", nameof(cells));
        _rows[(int)row] = [.. cells];
    }

    /// <summary>Sum over the outcome rows the document has, blank counted as 0; a <see cref="long"/>, so cells near the int limit cannot overflow it.</summary>
    public long OutcomeSum(ApplicantColumn column)
    {
        long sum = 0;
        for (var r = RequestRow.Disclosed; r <= RequestRow.Other; r++) sum += this[r, column] ?? 0;
        return sum;
    }

    public bool Equals(RequestTable? other)
    {
        if (other is null) return false;
        for (int i = 0; i < RequestRows.Count; i++)
        {
            var a = _rows[i]; var b = other._rows[i];
            if (a is null != b is null) return false;
            if (a is not null && !a.AsSpan().SequenceEqual(b)) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as RequestTable);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var row in _rows) if (row is not null) foreach (var c in row) hash.Add(c);
        return hash.ToHashCode();
    }
}
