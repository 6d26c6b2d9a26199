using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Spotlight.Tests.Properties;

/// <summary>
/// Whether a page has what the HTML reader gets wrong today (<see cref="HtmlReaderBugTests"/>), so that the
/// mutated-page property can excuse the reader for refusing it until the reader is fixed. Remove a check with
/// the bug it stands for.
/// </summary>
internal static class KnownHtmlBugs
{
    private const string Blocks =
        "body, div, section, article, main, header, footer, ul, ol, dl, blockquote, figure, table, thead, tbody, tr, td, th, center";

    // Where the reader takes nothing from, as its own list says (header and footer only outside an article).
    private const string Furniture =
        "aside, nav, body > header, footer, form, [class*=sidebar], [class*=share], [class*=social], [class*=comment], [id*=comment], [class*=related]";

    // The reader's candidates for the article, most specific first (HtmlReportReader.ArticleSelectors).
    private static readonly string[] Candidates =
        ["article .entry-content", "article .post-content", "article", "main", "[role=main]", ".entry-content", ".post-content", "#content"];

    public static bool Hit(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return HasTextDirectlyInABlock(document) || TakesFurnitureForTheArticle(document);
    }

    /// <summary>Text that is a block's own child, not inside a paragraph or a heading: the reader drops it.</summary>
    private static bool HasTextDirectlyInABlock(IDocument document) =>
        document.QuerySelectorAll(Blocks).Any(block => block.Closest(Furniture) is null
            && block.ChildNodes.Any(n => n.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent)));

    /// <summary>
    /// The candidate the reader takes for the article (the one with most text, of the first selector that has
    /// one with any) stands inside a sidebar, a share bar or the like, or holds nothing but such furniture.
    /// </summary>
    private static bool TakesFurnitureForTheArticle(IDocument document)
    {
        foreach (string selector in Candidates)
        {
            var best = document.QuerySelectorAll(selector).MaxBy(e => e.TextContent.Length);
            if (best is not null && best.TextContent.Trim().Length > 0)
            {
                return best.ParentElement?.Closest(Furniture) is not null
                    || best.Descendants<IText>().All(t => string.IsNullOrWhiteSpace(t.Data) || t.ParentElement?.Closest(Furniture + ", script, style") is not null);
            }
        }
        return false;
    }
}
