using Spotlight.Extraction;
using Spotlight.Vocabulary;

namespace Spotlight.Tests.Vocabulary;

public sealed class OutletTableTests
{
    [TestCase("Fars", "Fars News Agency")]
    [TestCase("FNA", "Fars News Agency")]
    [TestCase("Fars News Agency", "Fars News Agency")]
    [TestCase("fars news agency", "Fars News Agency")]
    [TestCase("Tasnim", "Tasnim News Agency")]
    [TestCase("Tasnim News", "Tasnim News Agency")]
    [TestCase("Mashreq", "Mashregh News")]
    [TestCase("Mashriq News", "Mashregh News")]
    [TestCase("Defa News", "Defa Press")]
    [TestCase("Asr-e Iran", "Asr-e Iran")]
    [TestCase("al-Jazeera", "Al Jazeera")]
    [TestCase("Al Jazeera", "Al Jazeera")]
    [TestCase("AL-JAZEERA", "Al Jazeera")]
    [TestCase("the al-Alam", "Al-Alam")]
    [TestCase("al-Ahed", "Al-Ahed")]
    [TestCase("Al‑Manar", "Al-Manar")]
    [TestCase("Nour News", "Nour News")]
    [TestCase("Kayhan", "Kayhan")]
    public void Knows_names_and_their_variants(string name, string canonical)
    {
        Assert.That(SeriesProfiles.Iran.Outlets.Canonical(name), Is.EqualTo(canonical));
    }

    [TestCase("Syrian opposition sources")]
    [TestCase("Imagsat")]
    [TestCase("IRGC")]
    public void Unknown_names_have_no_outlet(string name)
    {
        Assert.That(SeriesProfiles.Iran.Outlets.Canonical(name), Is.Null);
    }

    [Test]
    public void A_user_file_adds_and_overrides_entries()
    {
        var entries = OutletFile.Parse("""
            # my outlets
            Kayhan London: [Kayhan London, KL]
            Fars Agency: Fars
            Imagsat International:
            """);
        var table = SeriesProfiles.Iran.Outlets.With(entries);
        Assert.That(table.Canonical("KL"), Is.EqualTo("Kayhan London"));
        Assert.That(table.Canonical("Fars"), Is.EqualTo("Fars Agency"));
        Assert.That(table.Canonical("FNA"), Is.EqualTo("Fars News Agency"), "aliases the file does not name stay");
        Assert.That(table.Canonical("Imagsat International"), Is.EqualTo("Imagsat International"));
        Assert.That(SeriesProfiles.Iran.Outlets.Canonical("Fars"), Is.EqualTo("Fars News Agency"), "the built-in table is not changed");
    }

    [TestCase("- Fars\n- Tasnim\n", "line 1: expected a mapping of outlet names to their aliases")]
    [TestCase("Fars: [a: b\n", "line 2: ")]
    [TestCase("Fars:\n  alias: FNA\n", "line 2: aliases must be a string or a list of strings")]
    [TestCase("Fars: [[FNA]]\n", "line 1: an alias must be a non-empty string")]
    [TestCase("Fars: FNA\n'--': x\n", "line 2: an outlet name must hold a letter or a digit")]
    [TestCase("Fars: [FNA, '...']\n", "line 1: an alias must hold a letter or a digit")]
    [TestCase("Fars: the -\n", "line 1: an alias must hold a letter or a digit")]
    public void A_bad_file_is_a_clear_error(string yaml, string message)
    {
        Assert.That(() => OutletFile.Parse(yaml), Throws.TypeOf<OutletFileException>().With.Message.StartsWith(message));
    }

    [TestCase("Mehr: ~\n")]
    [TestCase("Mehr: null\n")]
    [TestCase("Mehr:\n")]
    public void A_yaml_null_is_no_aliases(string yaml)
    {
        Assert.That(OutletFile.Parse(yaml).Single().Aliases, Is.Empty);
    }

    [Test]
    public void A_quoted_null_is_an_alias_like_any_other()
    {
        Assert.That(OutletFile.Parse("Mehr: 'null'\n").Single().Aliases, Is.EqualTo(new[] { "null" }));
    }

    [Test]
    public void An_empty_file_adds_nothing()
    {
        Assert.That(OutletFile.Parse(""), Is.Empty);
    }
}
