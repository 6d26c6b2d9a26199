namespace Spotlight.SampleBuilder;

internal enum CaptionMarkup
{
    /// <summary>WordPress classic editor: div.wp-caption with p.wp-caption-text.</summary>
    WpCaption,
    /// <summary>HTML5 figure with figcaption.</summary>
    Figure,
    /// <summary>WordPress block editor: figure.wp-block-image, the image's alt holding one copy of the caption.</summary>
    WpBlockImage,
}

/// <summary>How a sample's PDF twin is set.</summary>
internal enum PdfStyle
{
    /// <summary>Paragraphs flow over the pages under a running header, with a page number at the foot.</summary>
    Flow,
    /// <summary>Set line by line as the text has them: its hard wraps are the PDF's lines, its page
    /// lines end the pages (as their footers) and its footnotes stand at the foot of their page.</summary>
    TextLines,
}

/// <summary>
/// How one sample's HTML twin departs from plain markup. Each sample gets different quirks so
/// that together they cover what an HTML reader meets on real blogs.
/// </summary>
/// <param name="Edits">Replacements made once each in the article markup (text already escaped);
/// they change markup only, never the words a reader should extract.</param>
/// <param name="EntryHeader">The title in the post's header.entry-header, outside the div.entry-content
/// that holds the rest of the report, as WordPress themes set it.</param>
/// <param name="AllLists">Every run of bullets is a list, not only those of <paramref name="ListSection"/>.</param>
/// <param name="Site">The site's name in the page chrome; the default site when null.</param>
internal sealed record HtmlQuirks(
    CaptionMarkup Captions,
    string ImageSrc,
    string? StrongHeading,
    string? ListSection,
    IReadOnlyList<(string Find, string Replace)> Edits,
    bool EntryHeader = false,
    bool AllLists = false,
    string? Site = null);

/// <summary>A text sample and the twins built from it: null where it has no such twin.</summary>
internal sealed record Sample(string Name, HtmlQuirks? Html, PdfStyle? Pdf);

internal static class Samples
{
    public static readonly IReadOnlyList<Sample> All =
    [
        new("001_bullets_highlights", new HtmlQuirks(
            CaptionMarkup.WpCaption,
            "x.jpg",
            StrongHeading: "Iranian Involvement in Iraq",
            ListSection: null,
            Edits:
            [
                ("“axis of resistance”", "“<em>axis of resistance</em>”"),
                ("The Tasnim News Agency, which", "The <a href=\"https://news.example/tasnim\">Tasnim News Agency</a>, which"),
                ("450-megawatt power plant", "450-megawatt&nbsp;power plant"),
                ("(ISNA, September 16). In his weekly", "(ISNA, September 16).<br>\nIn his weekly"),
            ]),
            PdfStyle.Flow),
        new("002_new_year_topics", new HtmlQuirks(
            CaptionMarkup.Figure,
            "y.jpg",
            StrongHeading: null,
            ListSection: "Iranian Involvement in Lebanon",
            Edits:
            [
                ("December 23, 2021 – January 6, 2022", "December 23, 2021 &#8211; January 6, 2022"),
                ("“serious”", "“<em>serious</em>”"),
                ("website Javan Online", "website <a href=\"https://news.example/javan\">Javan Online</a>"),
                ("beyond 60 percent", "beyond 60&nbsp;percent"),
                ("anniversary of Soleimani’s death", "anniversary of Soleimani&#8217;s death"),
                ("(ISNA, December 28). The spokesman", "(ISNA, December 28).<br>\nThe spokesman"),
            ]),
            PdfStyle.Flow),
        new("004_no_glyphs", new HtmlQuirks(
            CaptionMarkup.Figure,
            "z.jpg",
            StrongHeading: null,
            ListSection: null,
            Edits:
            [
                ("for the first time", "for the <em>first time</em>"),
                ("with the IRNA news agency", "with the <a href=\"https://news.example/irna\">IRNA</a> news agency"),
                ("about 50,000 children", "about 50,000&nbsp;children"),
                ("killed near Aleppo. Since", "killed near Aleppo.<br>\nSince"),
            ]),
            PdfStyle.Flow),
        // A web copy: the title in the post's header, a gallery of captions above the first bullet,
        // every bullet in a list.
        new("007_web_gallery_editor", new HtmlQuirks(
            CaptionMarkup.WpBlockImage,
            "wp-content/uploads/2023/06/photo.jpg",
            StrongHeading: null,
            ListSection: null,
            Edits:
            [
                ("June 1, 2023 – June 15, 2023", "June 1, 2023 &#8211; June 15, 2023"),
                ("“axis of resistance”", "&#8220;axis of resistance&#8221;"),
            ],
            EntryHeader: true,
            AllLists: true),
            Pdf: null),
        // A PDF copy: its text is the PDF's text line for line.
        new("008_pdf_n_bullets_footnote", Html: null, PdfStyle.TextLines),
        // A repost: the site's archive title and breadcrumb around the article.
        new("009_repost_site_text", new HtmlQuirks(
            CaptionMarkup.Figure,
            "repost.jpg",
            StrongHeading: "Iranian Involvement in Afghanistan",
            ListSection: null,
            Edits:
            [
                ("<h1>NEWS DIGEST SITE", "<h1 class=\"entry-title\">NEWS DIGEST SITE"),
                ("the Russian daily Kommersant", "the Russian daily <em>Kommersant</em>"),
            ],
            Site: "News Digest Site"),
            Pdf: null),
        new("010_plain_source_captions", Html: null, PdfStyle.Flow),
    ];
}
