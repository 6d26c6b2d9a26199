using Spotlight.Model;

namespace Spotlight.Writing.Html;

/// <summary>What a page says of a mention on hover and in print, in the tree's own words ("2021-11-10 · day · early").</summary>
public static class MentionNotes
{
    public static string Of(DateMention date)
    {
        string note = $"{date.Value} · {TreeNames.Of(date.Granularity)}";
        if (date.Modifier is { } modifier)
            note += $" · {TreeNames.Of(modifier)}";
        return date.Relative ? note + " · relative" : note;
    }

    public static string Of(SourceMention source)
    {
        var parts = new List<string> { source.Outlet ?? $"{source.Name} (outlet not known)", TreeNames.Of(source.Kind) };
        if (source.Platform is { } platform)
            parts.Add(TreeNames.Of(platform));
        if (source.Date is { } date)
            parts.Add(date);
        return string.Join(" · ", parts);
    }
}
