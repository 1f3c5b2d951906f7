using Gongkai.Reports.Model;

namespace Gongkai.Reports.Reading;

/// <summary>A cell, analysed only when a reader looks at it: most of a report is prose nobody parses.</summary>
internal sealed class Cell(string raw)
{
    public readonly string Raw = raw;
    private string? _norm, _core, _enumerators;
    private bool? _isValue;
    private CellValue _value;

    public string Norm => _norm ??= Labels.Normalize(Raw);
    public string Core => _core ??= Labels.Core(Norm, out _enumerators);
    public string Enumerators { get { _ = Core; return _enumerators!; } }
    public bool IsValue => _isValue ??= Labels.TryParseValue(Raw, out _value);
    public CellValue Value { get { _ = IsValue; return _value; } }
}

internal sealed class Line
{
    public required SourceBlock Block;
    public required Cell[] Cells;
    public bool IsRow => Block is SourceRow;
    public bool Consumed;
    public string Text => Block is SourceParagraph p ? p.Text : string.Join(" ", Cells.Select(c => c.Raw));
}
