using Spotlight.Model;

namespace Spotlight.Extraction;

/// <summary>
/// One copy of each short string a report's mentions repeat. A report dense with citations writes the same
/// outlet and the same day hundreds of thousands of times, and a copy for each mention would outweigh the
/// input itself. Bounded, so that a report of all-different mentions costs little more than without it.
/// </summary>
internal sealed class StringPool
{
    private const int MaxLength = 64;
    private const int MaxCount = 1 << 16;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Get(string text)
    {
        if (text.Length > MaxLength)
            return text;
        if (_strings.TryGetValue(text, out string? known))
            return known;
        if (_strings.Count < MaxCount)
            _strings.Add(text, text);
        return text;
    }

    public DateMention Get(DateMention date) =>
        Get(date.Text) is var text && ReferenceEquals(text, date.Text) ? date : date with { Text = text };

    public SourceMention Get(SourceMention source)
    {
        string name = Get(source.Name), text = Get(source.Text);
        return ReferenceEquals(name, source.Name) && ReferenceEquals(text, source.Text) ? source : source with { Name = name, Text = text };
    }
}
