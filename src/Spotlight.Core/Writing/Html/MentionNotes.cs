using Spotlight.Model;

namespace Spotlight.Writing.Html;

/// <summary>What a page says of a mention on hover and in print, in the tree's own words ("2021-11-10 · day · early").</summary>
public static class MentionNotes
{
    /// <summary>A date's note from its values: a mention's on the report page, an event's on the timeline page.</summary>
    public static string OfDate(string value, DateGranularity granularity, DateModifier? modifier, bool relative)
    {
        string note = $"{value} · {TreeNames.Of(granularity)}";
        if (modifier is { } given)
            note += $" · {TreeNames.Of(given)}";
        return relative ? note + " · relative" : note;
    }

    /// <summary>A source's note from its values.</summary>
    public static string OfSource(string name, string? outlet, SourceKind kind, SourcePlatform? platform, string? date)
    {
        var parts = new List<string> { outlet ?? $"{name} (outlet not known)", TreeNames.Of(kind) };
        if (platform is { } given)
            parts.Add(TreeNames.Of(given));
        if (date is { } cited)
            parts.Add(cited);
        return string.Join(" · ", parts);
    }
}
