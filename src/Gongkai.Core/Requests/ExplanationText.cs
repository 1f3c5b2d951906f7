using System.Runtime.CompilerServices;

namespace Gongkai.Core.Requests;

/// <summary>
/// An interpolated explanation line that is formatted only when someone reads the explanation: deadlines
/// are computed far more often than they are explained (see docs/benchmarks.md).
/// </summary>
[InterpolatedStringHandler]
internal ref struct ExplanationText
{
    private DefaultInterpolatedStringHandler _inner;
    private readonly bool _enabled;

    public ExplanationText(int literalLength, int formattedCount, List<ExplanationStep>? trace, out bool shouldAppend)
    {
        _enabled = shouldAppend = trace is not null;
        _inner = _enabled ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => _inner.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);

    public string ToStringAndClear() => _enabled ? _inner.ToStringAndClear() : string.Empty;
}
