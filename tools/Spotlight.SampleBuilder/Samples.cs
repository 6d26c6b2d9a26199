namespace Spotlight.SampleBuilder;

internal enum CaptionMarkup
{
    /// <summary>WordPress classic editor: div.wp-caption with p.wp-caption-text.</summary>
    WpCaption,
    /// <summary>HTML5 figure with figcaption.</summary>
    Figure,
}

/// <summary>
/// How one sample's HTML twin departs from plain markup. Each sample gets different quirks so
/// that together they cover what an HTML reader meets on real blogs.
/// </summary>
/// <param name="Edits">Replacements made once each in the article markup (text already escaped);
/// they change markup only, never the words a reader should extract.</param>
internal sealed record HtmlQuirks(
    CaptionMarkup Captions,
    string ImageSrc,
    string? StrongHeading,
    string? ListSection,
    IReadOnlyList<(string Find, string Replace)> Edits);

internal sealed record Sample(string Name, HtmlQuirks Html);

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
            ])),
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
            ])),
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
            ])),
    ];
}
