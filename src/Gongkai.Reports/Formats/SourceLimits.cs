using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Formats;

/// <summary>
/// The most a document may hold once reduced to blocks and cells. A long real report has a few
/// thousand lines and a few thousand cells; the limits are a hundred times that, and they keep a
/// hostile file (13 million lines of "1 2", one row of 17 million cells) from holding gigabytes
/// or keeping the interpreter busy for minutes. Every reader counts what it produces against one
/// <see cref="SourceLimits"/> and stops at the first limit passed.
/// </summary>
public sealed class SourceLimits
{
    /// <summary>Paragraphs and table rows in one document.</summary>
    public const int MaxBlocks = 100_000;

    /// <summary>Cells in one table row (the widest form table has 8 columns; HTML lets one cell span 1 000).</summary>
    public const int MaxRowCells = 5_000;

    /// <summary>Cells in all the tables of one document.</summary>
    public const int MaxCells = 1_000_000;

    private int _blocks;
    private long _cells;

    /// <summary>Set once a limit is passed: the reader stops and returns it.</summary>
    public SourceResult? Exceeded { get; private set; }

    /// <summary>Counts a block of <paramref name="cells"/> cells (0 for a paragraph); false once over a limit.</summary>
    public bool Take(int cells = 0)
    {
        if (Exceeded is not null) return false;
        if (++_blocks > MaxBlocks)
            Exceeded = SourceResult.Fail("too-large", $"文件包含的段落和表格行超过 {MaxBlocks:N0} 个，不像是年度报告，未读取",
                $"More than {MaxBlocks} blocks.");
        else if (cells > MaxRowCells)
            Exceeded = RowTooWide(_blocks);
        else if ((_cells += cells) > MaxCells)
            Exceeded = SourceResult.Fail("too-large", $"文件中的表格单元格超过 {MaxCells:N0} 个，不像是年度报告，未读取",
                $"More than {MaxCells} cells.");
        return Exceeded is null;
    }

    /// <summary>Refuses a row found too wide before it is split into cells.</summary>
    public SourceResult RowTooWide(int line) => Exceeded ??= SourceResult.Fail("too-large",
        $"第{line}行（块）有超过 {MaxRowCells:N0} 个单元格，不像是年度报告的表格，未读取", $"Block {line} has more than {MaxRowCells} cells.");
}
