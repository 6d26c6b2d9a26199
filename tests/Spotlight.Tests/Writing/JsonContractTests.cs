using Spotlight.Tests.Parsing;
using System.Text;
using System.Text.Json;
using Spotlight.Writing;

namespace Spotlight.Tests.Writing;

/// <summary>The JSON follows the contract's names and shapes.</summary>
public sealed class JsonContractTests
{
    private static JsonElement SeedJson(out string text)
    {
        using var output = new MemoryStream();
        new JsonReportWriter().Write(ParseHelper.File(TestFiles.SeedPath), output);
        text = Encoding.UTF8.GetString(output.ToArray());
        return JsonDocument.Parse(text).RootElement;
    }

    [Test]
    public void Top_level_keys_in_contract_order()
    {
        var root = SeedJson(out _);
        Assert.That(root.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "schemaVersion", "input", "report", "stats", "diagnostics" }));
        Assert.That(root.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void Nodes_have_every_contract_key()
    {
        var root = SeedJson(out _);
        var section = root.GetProperty("report").GetProperty("sections")[1];
        Assert.That(section.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "id", "kind", "heading", "region", "lines", "items", "figures" }));
        Assert.That(section.GetProperty("items")[1].EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "id", "marker", "text", "lines", "dates", "sources", "pages" }));
        Assert.That(section.GetProperty("figures")[0].EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "id", "caption", "lines", "dates", "sources", "pages" }));
        Assert.That(root.GetProperty("report").GetProperty("period").EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "start", "end", "text", "line" }));
        Assert.That(root.GetProperty("stats").EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "sections", "items", "figures", "dates", "sources" }));
    }

    [Test]
    public void Values_are_written_as_the_contract_shows()
    {
        var root = SeedJson(out string text);
        var section = root.GetProperty("report").GetProperty("sections")[1];
        Assert.That(section.GetProperty("kind").GetString(), Is.EqualTo("region"));
        Assert.That(section.GetProperty("lines").EnumerateArray().Select(e => e.GetInt32()), Is.EqualTo(new[] { 20, 40 }));
        var date = section.GetProperty("items")[1].GetProperty("dates")[0];
        Assert.That(date.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "text", "value", "granularity", "modifier", "relative", "start", "length" }));
        Assert.That((date.GetProperty("value").GetString(), date.GetProperty("granularity").GetString(), date.GetProperty("modifier").ValueKind),
            Is.EqualTo(("2021-11-10", "day", JsonValueKind.Null)));
        var source = section.GetProperty("items")[1].GetProperty("sources")[0];
        Assert.That(source.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "name", "outlet", "kind", "platform", "date", "text", "start", "length" }));
        Assert.That((source.GetProperty("kind").GetString(), source.GetProperty("start").GetInt32(), source.GetProperty("length").GetInt32()),
            Is.EqualTo(("inline", 0, 51)));
        Assert.That(root.GetProperty("report").GetProperty("period").GetProperty("start").GetString(), Is.EqualTo("2021-11-04"));
        Assert.That(root.GetProperty("report").GetProperty("sections")[0].GetProperty("region").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(root.GetProperty("report").GetProperty("authors")[0].GetProperty("role").GetString(), Is.EqualTo("author"));
        Assert.That(text, Does.Contain("\"marker\": \"- ▶\""), "glyphs are written as themselves, not escaped");
        Assert.That(text, Does.Contain("November 4, 2021 – November 18, 2021"));
    }
}
