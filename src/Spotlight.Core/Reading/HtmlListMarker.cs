using AngleSharp.Dom;

namespace Spotlight.Reading;

/// <summary>
/// The marker a browser draws before a list item: a disc for &lt;ul&gt;, the item's number for &lt;ol&gt;, or what
/// the item's or its list's inline <c>list-style-type</c> (or <c>list-style</c>) names — <c>disc</c>, <c>circle</c>,
/// <c>square</c>, <c>decimal</c>, <c>none</c> or a string such as <c>'► '</c>. Style sheets are not read: a theme's
/// own list style is invisible here, and the list's default stands.
/// </summary>
internal static class HtmlListMarker
{
    /// <summary>The item's marker, or null when its list draws none (or it stands in no list).</summary>
    public static string? Of(IElement item)
    {
        var list = item.ParentElement;
        if (list is null || list.LocalName is not ("ul" or "ol"))
            return null;
        string? style = StyleType(item) ?? StyleType(list);
        return style switch
        {
            null => list.LocalName == "ol" ? Number(item, list) : "•",
            "disc" => "•",
            "circle" => "◦",
            "square" => "▪",
            "decimal" => Number(item, list),
            "none" => null,
            ['\'' or '"', .. var quoted] when quoted.Length > 0 && quoted[^1] == style[0] => NullIfBlank(quoted[..^1].Trim()),
            _ => list.LocalName == "ol" ? Number(item, list) : "•", // a style not drawn here: the list's default
        };
    }

    private static string? NullIfBlank(string text) => text.Length == 0 ? null : text;

    // <ol start="5"> counts from 5; <li value="9"> sets its own number, and the items after it count on from it.
    private static string Number(IElement item, IElement list)
    {
        int number = int.TryParse(list.GetAttribute("start"), out int start) ? start : 1;
        foreach (var sibling in list.Children.Where(c => c.LocalName == "li"))
        {
            if (int.TryParse(sibling.GetAttribute("value"), out int value))
                number = value;
            if (sibling == item)
                break;
            number++;
        }
        return $"{number}.";
    }

    /// <summary>The list-style type an element's own style attribute gives, lower-cased, or null.</summary>
    private static string? StyleType(IElement element)
    {
        if (element.GetAttribute("style") is not { Length: > 0 } style)
            return null;
        string? found = null;
        foreach (string declaration in style.Split(';'))
        {
            int colon = declaration.IndexOf(':');
            if (colon < 0)
                continue;
            string property = declaration[..colon].Trim().ToLowerInvariant();
            string value = declaration[(colon + 1)..].Trim();
            if (property == "list-style-type")
                found = Type(value) ?? found;
            else if (property == "list-style")
                found = Tokens(value).Select(Type).LastOrDefault(t => t is not null) ?? found;
        }
        return found;
    }

    // The words of a shorthand value, a quoted string as one word ("square inside", "'► ' outside").
    private static IEnumerable<string> Tokens(string value)
    {
        for (int i = 0; i < value.Length;)
        {
            if (char.IsWhiteSpace(value[i]))
            {
                i++;
                continue;
            }
            int end = value[i] is '\'' or '"' ? value.IndexOf(value[i], i + 1) + 1 : value.IndexOf(' ', i);
            if (end <= i)
                end = value.Length;
            yield return value[i..end];
            i = end;
        }
    }

    // A quoted string keeps its case and content; a keyword is compared in lower case; "inside" and an image are no type.
    private static string? Type(string value) =>
        value is ['\'' or '"', ..] ? value
        : value.ToLowerInvariant() is "inside" or "outside" || value.StartsWith("url(", StringComparison.OrdinalIgnoreCase) ? null
        : value.ToLowerInvariant();
}
