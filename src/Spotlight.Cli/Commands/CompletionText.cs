namespace Spotlight.Cli.Commands;

/// <summary>The short descriptions that completion menus show beside a name.</summary>
internal static class CompletionText
{
    /// <summary>The description's first sentence, on one line: a menu has room for little more.</summary>
    public static string Summary(string description)
    {
        string text = string.Join(' ', description.Split(['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        int end = text.IndexOf(". ", StringComparison.Ordinal);
        if (end >= 0)
            text = text[..end];
        return text.TrimEnd('.');
    }
}
