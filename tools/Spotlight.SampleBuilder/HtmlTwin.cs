using System.Text;
using System.Text.RegularExpressions;

namespace Spotlight.SampleBuilder;

/// <summary>
/// Writes the report as a blog post inside a full page: the site chrome around the article
/// (menu, sidebar, share buttons, comments, footer, script, style) is what a reader must drop.
/// </summary>
internal static class HtmlTwin
{
    public const string SiteName = "Levant &amp; Gulf Digest";

    public static string Build(IReadOnlyList<Block> blocks, HtmlQuirks quirks)
    {
        var siteName = quirks.Site is null ? SiteName : Escape(quirks.Site);
        // The editor may stand on the period line; a repost may carry the period in its title only.
        var periodBlock = blocks.FirstOrDefault(b => b.Kind == BlockKind.Period);
        var period = periodBlock is null ? "" : Regex.Replace(periodBlock.Text, " Editor: .*$", "").Trim('(', ')');
        var pageTitle = periodBlock is null
            ? Escape(blocks.First(b => b.Kind == BlockKind.Title).Text)
            : $"Spotlight on Iran – {Escape(period)}";
        var year = Regex.Matches(periodBlock is null ? pageTitle : period, @"\b\d{4}\b").LastOrDefault()?.Value ?? "2017";

        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{pageTitle}} | {{siteName}}</title>
            <script>
            // Run in a browser, this would change the page; a reader must not see any of it.
            document.write('<div class="banner">Subscribe to the weekly digest</div>');
            window.addEventListener('load', function () {
              var article = document.querySelector('article.post');
              if (article) {
                article.insertAdjacentHTML('afterbegin', '<p>• Breaking: this paragraph is not part of the report.</p>');
                article.querySelector('h1').textContent = 'Spotlight on Iran (updated)';
              }
            });
            </script>
            <style>
            body { font-family: Georgia, serif; margin: 0; color: #222; }
            .site-header { background: #1d3557; color: #fff; padding: 1em 2em; }
            .site-header a { color: #fff; text-decoration: none; }
            nav ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 1.5em; }
            .sidebar { float: right; width: 16em; padding: 1em; font-size: 0.9em; }
            .share-buttons { padding: 0.5em 2em; color: #457b9d; }
            main { margin-right: 18em; padding: 0 2em; }
            .wp-caption, figure { margin: 1.5em 0; font-size: 0.85em; color: #555; }
            .comments { margin: 2em; border-top: 1px solid #ccc; }
            footer { background: #eee; padding: 1em 2em; font-size: 0.8em; }
            </style>
            </head>
            <body>
            <header class="site-header">
            <div class="site-name"><a href="/">{{siteName}}</a></div>
            <nav class="main-menu">
            <ul>
            <li><a href="/">Home</a></li>
            <li><a href="/about/">About</a></li>
            <li><a href="/reports/">Analysis &amp; Reports</a></li>
            <li><a href="/archive/">Archive</a></li>
            <li><a href="/contact/">Contact</a></li>
            </ul>
            </nav>
            </header>
            <aside class="sidebar">
            <h3>Recent posts</h3>
            <ul>
            <li><a href="/reports/previous-issue/">Spotlight on Iran: the previous issue</a></li>
            <li><a href="/reports/gulf-shipping/">Shipping lanes in the Gulf under pressure</a></li>
            <li><a href="/reports/militias-map/">Mapping the militias: an overview</a></li>
            </ul>
            </aside>
            <div class="share-buttons">Share on Twitter Share on Facebook</div>
            <main>

            """);
        html.Append(SiteText(blocks));
        html.Append("<article class=\"post\">\n");
        html.Append(ApplyEdits(Article(blocks, quirks), quirks.Edits));
        html.Append($$"""
            </article>
            </main>
            <section class="comments">
            <h3>2 comments</h3>
            <div class="comment"><p class="comment-author">Daniel R.</p><p>Great report!</p></div>
            <div class="comment"><p class="comment-author">M. Cohen</p><p>Thanks, very useful overview of the week.</p></div>
            </section>
            <footer>
            <p>© {{year}} {{siteName}}. All rights reserved.</p>
            <p>Page 1 of 1</p>
            </footer>
            </body>
            </html>

            """);
        return html.ToString();
    }

    // The site's own lines above the article: its archive title, then the breadcrumb, whose
    // numbers a copy of the page writes before each entry ("1. Home").
    private static string SiteText(IReadOnlyList<Block> blocks)
    {
        var html = new StringBuilder();
        var crumbs = new List<string>();
        foreach (var block in blocks.Where(b => b.Kind == BlockKind.SiteText))
        {
            var crumb = Regex.Match(block.Text, @"^\d+\. (.+)$");
            if (crumb.Success)
            {
                crumbs.Add(crumb.Groups[1].Value);
            }
            else
            {
                html.Append($"<h1 class=\"archive-title\">{Escape(block.Text)}</h1>\n");
            }
        }
        if (crumbs.Count > 0)
        {
            html.Append("<ol class=\"breadcrumb\">\n");
            for (int i = 0; i < crumbs.Count; i++)
            {
                var text = Escape(crumbs[i]);
                html.Append(i < crumbs.Count - 1
                    ? $"<li><a href=\"/{Slug(crumbs, i)}\">{text}</a></li>\n"
                    : $"<li aria-current=\"page\">{text}</li>\n");
            }
            html.Append("</ol>\n");
        }
        return html.ToString();
    }

    private static string Slug(List<string> crumbs, int index) =>
        string.Concat(crumbs.Skip(1).Take(index).Select(c => c.ToLowerInvariant().Replace(' ', '-') + "/"));

    private static string Article(IReadOnlyList<Block> blocks, HtmlQuirks quirks)
    {
        var html = new StringBuilder();
        string? section = null;
        bool inList = false;
        int images = 0;
        foreach (var block in blocks)
        {
            if (block.Kind is BlockKind.PageLine or BlockKind.Footnote or BlockKind.Continuation)
            {
                throw new InvalidOperationException($"a web page has no {block.Kind}: \"{block.Text}\"");
            }
            if (block.Kind == BlockKind.SiteText)
            {
                continue;
            }
            if (block.Kind is BlockKind.Label or BlockKind.Heading)
            {
                section = block.Text;
            }
            bool listItem = block.Kind == BlockKind.Bullet && (quirks.AllLists || (section is not null && section == quirks.ListSection));
            if (inList && !listItem)
            {
                html.Append("</ul>\n");
                inList = false;
            }
            if (listItem && !inList)
            {
                // A list draws a disc unless its style names the glyph the text writes, as a theme sets it.
                html.Append(block.Glyph is null or "•" ? "<ul>\n" : $"<ul style=\"list-style-type: '{Escape(block.Glyph)} '\">\n");
                inList = true;
            }

            var text = Escape(block.Text) + (block.Mark is null ? "" : $"<sup>{Escape(block.Mark)}</sup>");
            html.Append(block.Kind switch
            {
                BlockKind.Title when quirks.EntryHeader =>
                    $"<header class=\"entry-header\"><h1 class=\"entry-title\">{text}</h1></header>\n<div class=\"entry-content\">\n",
                BlockKind.Title => $"<h1>{text}</h1>\n",
                BlockKind.Period or BlockKind.Author => $"<p>{text}</p>\n",
                BlockKind.Label or BlockKind.Heading when block.Text == quirks.StrongHeading => $"<p><strong>{text}</strong></p>\n",
                BlockKind.Label or BlockKind.Heading => $"<h2>{text}</h2>\n",
                // A list gives its own markers, so the glyph is left out, as a blog editor would.
                BlockKind.Bullet when listItem => $"<li>{text}</li>\n",
                BlockKind.Bullet => $"<p>{Escape(block.Glyph!)} {text}</p>\n",
                BlockKind.Caption => Caption(block.Text, quirks, ++images),
                // A web copy breaks a paragraph's line only where the post has a <br>.
                BlockKind.Paragraph when block.Lines is not null => $"<p>{string.Join("<br>\n", block.Lines.Select(Escape))}</p>\n",
                _ => $"<p>{text}</p>\n",
            });
        }
        if (inList)
        {
            html.Append("</ul>\n");
        }
        if (quirks.EntryHeader)
        {
            html.Append("</div>\n");
        }
        return html.ToString();
    }

    private static string Caption(string caption, HtmlQuirks quirks, int image)
    {
        var text = Escape(caption);
        var alt = EscapeAttribute(caption);
        return quirks.Captions switch
        {
            CaptionMarkup.WpCaption =>
                $"<div class=\"wp-caption aligncenter\" style=\"width: 610px\"><img src=\"{quirks.ImageSrc}\" alt=\"{alt}\" width=\"600\" height=\"400\">"
                + $"<p class=\"wp-caption-text\">{text}</p></div>\n",
            CaptionMarkup.WpBlockImage =>
                // The block editor's uploads each have their own file.
                $"<figure class=\"wp-block-image\"><img src=\"{Path.ChangeExtension(quirks.ImageSrc, null)}-{image}{Path.GetExtension(quirks.ImageSrc)}\" alt=\"{alt}\"><figcaption>{text}</figcaption></figure>\n",
            _ => $"<figure><img src=\"{quirks.ImageSrc}\" alt=\"{alt}\" width=\"600\" height=\"400\"><figcaption>{text}</figcaption></figure>\n",
        };
    }

    // Each edit must hit exactly once, so a change in the sample text cannot silently drop a quirk.
    private static string ApplyEdits(string article, IReadOnlyList<(string Find, string Replace)> edits)
    {
        foreach (var (find, replace) in edits)
        {
            int first = article.IndexOf(find, StringComparison.Ordinal);
            if (first < 0 || article.IndexOf(find, first + 1, StringComparison.Ordinal) >= 0)
            {
                throw new InvalidOperationException($"HTML edit must match exactly once: \"{find}\"");
            }
            article = string.Concat(article.AsSpan(0, first), replace, article.AsSpan(first + find.Length));
        }
        return article;
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string EscapeAttribute(string text) => Escape(text).Replace("\"", "&quot;");
}
