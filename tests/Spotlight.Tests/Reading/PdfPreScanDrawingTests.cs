using Spotlight.Reading;
using static Spotlight.Tests.Reading.HostilePdfs;

namespace Spotlight.Tests.Reading;

/// <summary>
/// What the pages draw, counted before PdfPig draws it: Form XObjects found by name as PdfPig finds them (the form's
/// own resources, then the page's, then those the page inherits), forms that draw themselves or nest too deep, and
/// the budgets of glyphs, operations and form draws, each let through when exactly reached and refused one past it.
/// </summary>
public sealed class PdfPreScanDrawingTests
{
    private const string Glyphs = "PDF draws more than 1,000,000 glyphs (a report has far fewer)";
    private const string Operations = "PDF draws more than 10,000,000 operations (a report has far fewer)";
    private const string FormDraws = "PDF draws Form XObjects more than 10,000 times (a report draws far fewer)";

    /// <summary>A page drawing <paramref name="content"/> with the XObjects <paramref name="xobjects"/> (<c>/A 101 0 R …</c>).</summary>
    private static byte[] Page(string xobjects, string content, params byte[][] objects) =>
        Document($"/MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject << {xobjects} >> >> /Contents 6 0 R",
            [Stream(6, "", Latin1(content)), .. objects]);

    private static string Shown(int glyphs) => $"BT /F1 1 Tf ({new string('a', glyphs)}) Tj ET\n";

    private static string Repeated(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    [Test]
    public void A_form_that_draws_itself_is_refused()
    {
        Assert.That(RefusalOf(Page("/A 101 0 R", "/A Do", Form(101, "", "/A Do"))), Is.EqualTo("damaged PDF: Form XObject 101 0 draws itself"));
    }

    [Test]
    public void Forms_that_draw_each_other_are_refused_with_the_loop_alone()
    {
        byte[][] loop = [Form(100, "", "/A Do"), Form(101, "", "/B Do"), Form(102, "", "/A Do")];
        Assert.That(RefusalOf(Page("/P 100 0 R /A 101 0 R /B 102 0 R", "/A Do", loop)),
            Is.EqualTo("damaged PDF: Form XObjects 101 0 → 102 0 → 101 0 draw each other in a loop"));
        Assert.That(RefusalOf(Page("/P 100 0 R /A 101 0 R /B 102 0 R", "/P Do", loop)),
            Is.EqualTo("damaged PDF: Form XObjects 101 0 → 102 0 → 101 0 draw each other in a loop"));
        Assert.That(RefusalOf(Page("/P 100 0 R /A 101 0 R", "/P Do", Form(100, "", "/A Do"), Form(101, "", "/A Do"))),
            Is.EqualTo("damaged PDF: Form XObject 101 0 draws itself"));
    }

    [Test]
    public void A_form_drawn_twice_by_two_names_is_let_through()
    {
        Assert.That(RefusalOf(Page("/A 101 0 R /B 101 0 R", "/A Do /B Do /A Do", Form(101, "", Shown(5)))), Is.Null);
    }

    [Test]
    public void Forms_nested_8_deep_are_let_through_and_9_deep_refused()
    {
        Assert.That(RefusalOf(NestedForms(8, fanOut: 1)), Is.Null);
        Assert.That(RefusalOf(NestedForms(9, fanOut: 1)), Is.EqualTo("PDF nests Form XObjects more than 8 deep (object 109 0 is at depth 9)"));
    }

    /// <summary>
    /// The page draws form A (which draws B, C, D, E below it) first, then A again at the foot of a chain of
    /// <paramref name="above"/> forms: A's depth below it is remembered, and added to where it is drawn again.
    /// </summary>
    private static byte[] FormDrawnAgainDeeper(int above)
    {
        var objects = new List<byte[]>
        {
            Form(101, "", "/B Do"), Form(102, "", "/C Do"), Form(103, "", "/D Do"), Form(104, "", "/E Do"), Form(105, "", Shown(1)),
        };
        string names = "/A 101 0 R /B 102 0 R /C 103 0 R /D 104 0 R /E 105 0 R";
        for (int g = 1; g <= above; g++)
        {
            objects.Add(Form(200 + g, "", g < above ? $"/G{g + 1} Do" : "/A Do"));
            names += $" /G{g} {200 + g} 0 R";
        }
        return Page(names, "/A Do /G1 Do", [.. objects]);
    }

    [Test]
    public void A_form_drawn_again_deeper_down_counts_the_forms_below_it()
    {
        Assert.That(RefusalOf(FormDrawnAgainDeeper(3)), Is.Null);
        Assert.That(RefusalOf(FormDrawnAgainDeeper(4)), Is.EqualTo("PDF nests Form XObjects more than 8 deep (from object 101 0 down)"));
    }

    [TestCase("/X#31 101 0 R", "/X1 Do")]
    [TestCase("/X1 101 0 R", "/X#31 Do")]
    [TestCase("/X#311 101 0 R", "/X1#31 Do")]
    public void A_name_is_compared_with_its_escapes_decoded(string xobjects, string content)
    {
        Assert.That(RefusalOf(Page(xobjects, content, Form(101, "", content))), Is.EqualTo("damaged PDF: Form XObject 101 0 draws itself"));
    }

    [Test]
    public void A_name_drawn_that_no_resources_hold_draws_nothing()
    {
        Assert.That(RefusalOf(Page("/X2 101 0 R", "/X1 Do", Form(101, "", "/X2 Do"))), Is.Null);
    }

    [Test]
    public void An_image_is_not_followed_as_a_form()
    {
        var image = Stream(101, "/Type /XObject /Subtype /Image /Width 1 /Height 1", Latin1(Shown(1_000_001)));
        Assert.That(RefusalOf(Page("/I 101 0 R", "/I Do", image)), Is.Null);
    }

    [Test]
    public void A_form_looks_a_name_up_in_its_own_resources_first_then_in_those_around_it()
    {
        var harmless = Form(102, "", Shown(1));
        Assert.That(RefusalOf(Page("/X 101 0 R", "/X Do", Form(101, "/Resources << /XObject << /X 102 0 R >> >>", "/X Do"), harmless)), Is.Null);
        Assert.That(RefusalOf(Page("/X 101 0 R", "/X Do", Form(101, "/Resources << /Font << /F1 5 0 R >> >>", "/X Do"), harmless)),
            Is.EqualTo("damaged PDF: Form XObject 101 0 draws itself"));
    }

    /// <summary>Resources written through a chain of <paramref name="hops"/> bare references before the dictionary.</summary>
    private static byte[] ResourcesThrough(int hops)
    {
        var objects = new List<byte[]> { Stream(6, "", Latin1("/X Do")), Form(101, "", "/X Do") };
        for (int i = 0; i < hops; i++)
            objects.Add(Object(10 + i, $"{11 + i} 0 R"));
        objects.Add(Object(10 + hops, "<< /XObject 9 0 R >>"));
        objects.Add(Object(9, "<< /X 101 0 R >>"));
        return Document("/MediaBox [0 0 612 792] /Resources 10 0 R /Contents 6 0 R", [.. objects]);
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(8)]
    public void Resources_and_XObjects_in_objects_of_their_own_are_followed(int hops)
    {
        Assert.That(RefusalOf(ResourcesThrough(hops)), Is.EqualTo("damaged PDF: Form XObject 101 0 draws itself"));
    }

    [Test]
    public void A_chain_of_references_to_resources_is_followed_8_steps_and_no_further()
    {
        Assert.That(RefusalOf(ResourcesThrough(9)), Is.Null);
    }

    [Test]
    public void A_key_that_only_begins_with_the_name_looked_for_is_passed_over()
    {
        var bytes = Document("/MediaBox [0 0 612 792] /Resources << /XObjects << /X 102 0 R >> /XObject << /X 101 0 R >> >> /Contents 6 0 R",
            Stream(6, "", Latin1("/X Do")), Form(101, "", "/X Do"), Form(102, "", Shown(1)));
        Assert.That(RefusalOf(bytes), Is.EqualTo("damaged PDF: Form XObject 101 0 draws itself"));
    }

    [Test]
    public void A_page_whose_dictionary_ends_on_a_resources_key_without_a_value_still_has_its_glyphs_counted()
    {
        var bytes = Objects(
            Latin1("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"),
            Latin1("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"),
            Latin1("3 0 obj << /Type /Page /Contents 6 0 R /Resourcesendobj\n"),
            Stream(6, "", Latin1(Shown(1_000_001))));
        Assert.That(RefusalOf(bytes), Is.EqualTo(Glyphs));
    }

    /// <summary>
    /// A page with no resources of its own under a /Pages node (object 2, or 9) with the resources
    /// <paramref name="rootResources"/> and <paramref name="otherResources"/>; the page is among 2's kids where
    /// <paramref name="inKids"/>, and names <paramref name="parent"/> as its /Parent where that is not null.
    /// </summary>
    private static byte[] Inherited(string rootResources, bool inKids, int? parent, string pageResources = "", string otherResources = "")
    {
        string parentEntry = parent is { } p ? $"/Parent {p} 0 R" : "";
        return Objects(
            Latin1("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"),
            Latin1($"2 0 obj << /Type /Pages /Kids [{(inKids ? "3 0 R" : "")}] /Count 1 {rootResources} >> endobj\n"),
            Latin1($"3 0 obj << /Type /Page {parentEntry} /MediaBox [0 0 612 792] {pageResources} /Contents 6 0 R >> endobj\n"),
            Latin1($"9 0 obj << /Type /Pages /Kids [] /Count 0 {otherResources} >> endobj\n"),
            Stream(6, "", Latin1("/X Do")), Form(101, "", "/X Do"), Form(102, "", Shown(1)));
    }

    private const string Loops = "/Resources << /XObject << /X 101 0 R >> >>";
    private const string Harmless = "/Resources << /XObject << /X 102 0 R >> >>";

    [Test]
    public void A_page_draws_forms_named_in_the_resources_of_a_pages_node_above_it()
    {
        const string refused = "damaged PDF: Form XObject 101 0 draws itself";
        Assert.That(RefusalOf(Inherited(Loops, inKids: true, parent: null)), Is.EqualTo(refused), "through /Kids");
        Assert.That(RefusalOf(Inherited(Loops, inKids: false, parent: 2)), Is.EqualTo(refused), "through /Parent");
        Assert.That(RefusalOf(Inherited(Loops, inKids: true, parent: 9)), Is.EqualTo(refused), "/Kids before /Parent");
        Assert.That(RefusalOf(Inherited("", inKids: true, parent: 9, otherResources: Loops)), Is.Null, "/Kids before /Parent");
        Assert.That(RefusalOf(Inherited(Loops, inKids: false, parent: null)), Is.Null, "an orphan page inherits nothing");
    }

    [Test]
    public void A_page_s_own_resources_are_looked_in_before_those_it_inherits()
    {
        Assert.That(RefusalOf(Inherited(Loops, inKids: true, parent: 2, pageResources: Harmless)), Is.Null);
        Assert.That(RefusalOf(Inherited(Harmless, inKids: true, parent: 2, pageResources: Loops)), Is.EqualTo("damaged PDF: Form XObject 101 0 draws itself"));
    }

    [Test]
    public void Glyphs_are_let_through_up_to_the_budget_and_refused_past_it()
    {
        Assert.That(RefusalOf(Page("", Shown(1_000_000))), Is.Null);
        Assert.That(RefusalOf(Page("", Shown(1_000_001))), Is.EqualTo(Glyphs));
    }

    [Test]
    public void Glyphs_in_a_form_count_each_time_it_is_drawn()
    {
        var form = Form(101, "", Shown(1000));
        Assert.That(RefusalOf(Page("/A 101 0 R", Repeated("/A Do\n", 1000), form)), Is.Null);
        Assert.That(RefusalOf(Page("/A 101 0 R", Repeated("/A Do\n", 1000) + "(a) Tj", form)), Is.EqualTo(Glyphs));
        Assert.That(RefusalOf(Page("/A 101 0 R", Repeated("/A Do\n", 1001), form)), Is.EqualTo(Glyphs));
    }

    [Test]
    public void Operations_are_let_through_up_to_the_budget_and_refused_past_it()
    {
        // 10,000 draws of a form of 999 operations, and the 10,000 Do themselves: ten million exactly.
        var form = Form(101, "", Repeated("n ", 999));
        Assert.That(RefusalOf(Page("/A 101 0 R", Repeated("/A Do\n", 10_000), form)), Is.Null);
        Assert.That(RefusalOf(Page("/A 101 0 R", Repeated("/A Do\n", 10_000) + "n", form)), Is.EqualTo(Operations));
    }

    [Test]
    public void Form_draws_are_let_through_up_to_the_budget_and_refused_past_it()
    {
        var form = Form(101, "", "(a)");
        Assert.That(RefusalOf(Page("/A 101 0 R", Repeated("/A Do\n", 10_000), form)), Is.Null);
        Assert.That(RefusalOf(Page("/A 101 0 R", Repeated("/A Do\n", 10_001), form)), Is.EqualTo(FormDraws));
        // The draws a form makes count with it: 5,001 × (the form and the one it draws).
        var drawing = Form(100, "", "/A Do");
        Assert.That(RefusalOf(Page("/A 101 0 R /B 100 0 R", Repeated("/B Do\n", 5000), form, drawing)), Is.Null);
        Assert.That(RefusalOf(Page("/A 101 0 R /B 100 0 R", Repeated("/B Do\n", 5001), form, drawing)), Is.EqualTo(FormDraws));
    }

    [Test]
    public void Forms_8_deep_each_drawn_a_thousand_times_are_refused_without_the_count_overflowing()
    {
        Assert.That(RefusalOf(NestedForms(8, fanOut: 1000)), Is.EqualTo(Glyphs));
    }

    [Test]
    public void What_every_page_draws_counts_towards_one_budget()
    {
        var bytes = Objects(
            Latin1("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"),
            Latin1("2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj\n"),
            Latin1("3 0 obj << /Type /Page /Parent 2 0 R /Contents 6 0 R >> endobj\n"),
            Latin1("4 0 obj << /Type /Page /Parent 2 0 R /Contents 7 0 R >> endobj\n"),
            Stream(6, "", Latin1(Shown(600_000))), Stream(7, "", Latin1(Shown(400_001))));
        Assert.That(RefusalOf(bytes), Is.EqualTo(Glyphs));
    }

    [Test]
    public void Contents_as_an_array_count_every_stream_in_it()
    {
        byte[][] halves = [Stream(6, "", Latin1(Shown(600_000))), Stream(7, "", Latin1(Shown(400_001)))];
        Assert.That(RefusalOf(Document("/Contents [6 0 R 7 0 R]", halves)), Is.EqualTo(Glyphs));
        Assert.That(RefusalOf(Document("/Contents 8 0 R", [.. halves, Object(8, "[6 0 R 7 0 R]")])), Is.EqualTo(Glyphs));
        Assert.That(RefusalOf(Document("/Contents [6 0 R]", halves)), Is.Null);
    }

    [Test]
    public void Contents_a_pages_node_names_are_drawn_by_no_page()
    {
        var bytes = Objects(
            Latin1("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"),
            Latin1("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 /Contents 7 0 R >> endobj\n"),
            Latin1("3 0 obj << /Type /Page /Parent 2 0 R /Contents 6 0 R >> endobj\n"),
            Stream(6, "", Latin1(Shown(1))), Stream(7, "", Latin1(Shown(1_000_001))));
        Assert.That(RefusalOf(bytes), Is.Null);
    }

    [Test]
    public void A_compressed_content_stream_is_counted_as_it_inflates()
    {
        byte[] content = Latin1(Shown(1_000_001));
        Assert.That(RefusalOf(Document("/Contents 6 0 R", Stream(6, "/Filter /FlateDecode", Deflate(content)))), Is.EqualTo(Glyphs));
        Assert.That(RefusalOf(Document("/Contents 6 0 R", Stream(6, "/Filter [/FlateDecode /FlateDecode]", Deflate(Deflate(content))))), Is.EqualTo(Glyphs));
    }

    [Test]
    public void A_content_stream_in_a_filter_not_decoded_here_draws_nothing_counted()
    {
        Assert.That(RefusalOf(Document("/Contents 6 0 R", Stream(6, "/Filter /LZWDecode", Latin1(Shown(1_000_001))))), Is.Null);
        Assert.That(RefusalOf(Document("/Contents 6 0 R", Stream(6, "/Filter [/FlateDecode /LZWDecode]", Deflate(Latin1(Shown(1_000_001)))))), Is.Null);
    }

    [Test]
    public void A_longer_length_in_an_object_of_its_own_is_taken_and_a_shorter_one_is_not()
    {
        // The data holds an endstream and an endobj of its own: read without its length, it ends there.
        string data = Shown(600_000) + "endstream\n\nendobj\n" + Shown(400_001);
        var longer = Latin1($"6 0 obj << /Length 8 0 R >>\nstream\n{data}\nendstream\nendobj\n");
        Assert.That(RefusalOf(Document("/Contents 6 0 R", longer, Object(8, $"{data.Length}"))), Is.EqualTo(Glyphs));
        Assert.That(RefusalOf(Document("/Contents 6 0 R", longer, Object(8, "12"))), Is.Null);

        string runOn = Shown(600_000) + "endstream\n" + Shown(400_001);
        var shorter = Latin1($"6 0 obj << /Length 8 0 R >>\nstream\n{runOn}\nendstream\nendobj\n");
        Assert.That(RefusalOf(Document("/Contents 6 0 R", shorter, Object(8, $"{Shown(600_000).Length}"))), Is.EqualTo(Glyphs));
    }

    /// <summary>
    /// The page draws <paramref name="outer"/> forms, each with resources of its own naming <paramref name="inner"/>
    /// forms it draws: every inner form is followed once for each outer one, 1 + outer + outer × inner streams in all
    /// (the inner ones in a filter not decoded here, so that following them costs little).
    /// </summary>
    private static byte[] DrawnThroughManyNames(int outer, int inner)
    {
        string innerNames = string.Concat(Enumerable.Range(0, inner).Select(i => $"/I{i} {20_000 + i} 0 R "));
        var objects = new List<byte[]> { Object(9, $"<< /XObject << {innerNames}>> >>") };
        string innerDraws = string.Concat(Enumerable.Range(0, inner).Select(i => $"/I{i} Do "));
        for (int i = 0; i < outer; i++)
            objects.Add(Form(10_000 + i, "/Resources 9 0 R", innerDraws));
        for (int i = 0; i < inner; i++)
            objects.Add(Form(20_000 + i, "/Filter /LZWDecode", "n"));
        string outerNames = string.Concat(Enumerable.Range(0, outer).Select(i => $"/O{i} {10_000 + i} 0 R "));
        return Page(outerNames, string.Concat(Enumerable.Range(0, outer).Select(i => $"/O{i} Do ")), [.. objects]);
    }

    [Test]
    public void Streams_followed_are_let_through_up_to_100_000_and_refused_past_it()
    {
        Assert.That(RefusalOf(DrawnThroughManyNames(271, 368)), Is.EqualTo(FormDraws), "100,000 streams, then the draws counted");
        Assert.That(RefusalOf(DrawnThroughManyNames(250, 399)),
            Is.EqualTo("PDF draws more than 10,000,000 operations (Form XObjects drawn through too many names)"));
    }
}
