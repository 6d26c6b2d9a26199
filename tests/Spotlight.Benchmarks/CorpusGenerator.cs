using System.Diagnostics;
using System.Globalization;
using System.Text;
using static Spotlight.Benchmarks.ReportVocabulary;

namespace Spotlight.Benchmarks;

/// <summary>The layouts of the sample reports (samples/README.md), one per sample file.</summary>
internal enum ReportStyle
{
    /// <summary>001: "•" bullets, "Highlights of the week", "September 10-17, 2017", an Editor line.</summary>
    Highlights,
    /// <summary>002 (and the seed): "►" bullets, "Overview", full dates on both sides of the period, a topic section.</summary>
    NewYearTopics,
    /// <summary>003: BOM and CRLF, no summary label, "May 8 – May 22, 2016", years in citations, no captions.</summary>
    CrlfBomNoLabel,
    /// <summary>004: no glyphs, "(October 26 – November 8, 2015)", "By" line, "Main Points", two-line captions.</summary>
    NoGlyphs,
    /// <summary>005: "►" glued to the text, "August 31 – September 6 2017", "Overview[1]", repeated and bold captions.</summary>
    NoSpaceCaptions,
    /// <summary>006: "Spotlight on Iran*", "19-27 September 2017", numbered summary, "▪" bullets, page numbers, "Source:" captions.</summary>
    DayFirstNumbered,
}

/// <summary><c>corpus --count N --seed S --out DIR</c>: writes N generated reports into DIR.</summary>
internal static class CorpusCommand
{
    private const string Usage = "usage: corpus --count N --seed S --out DIR";

    public static int Run(string[] args)
    {
        int count = 100, seed = 42;
        string? output = null;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (name)
            {
                case "--count" or "-n" when TryCount(value, out count):
                case "--seed" or "-s" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed):
                    i++;
                    break;
                case "--out" or "-o" when value is not null:
                    output = value;
                    i++;
                    break;
                case "-h" or "--help":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    Console.Error.WriteLine($"corpus: bad argument '{name}'{(value is null ? "" : $" '{value}'")}");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        if (output is null)
        {
            Console.Error.WriteLine("corpus: --out DIR is required");
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var summary = CorpusGenerator.WriteCorpus(output, count, seed);
        clock.Stop();
        Console.WriteLine(summary.Describe(output, seed, clock.Elapsed));
        return 0;
    }

    private static bool TryCount(string? value, out int count) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out count) && count > 0;
}

/// <summary>What a corpus run wrote.</summary>
internal sealed record CorpusSummary(int Count, long TotalBytes, int MinBytes, int MaxBytes, int[] StyleCounts)
{
    public string Describe(string directory, int seed, TimeSpan elapsed)
    {
        var styles = string.Join(", ", Enum.GetValues<ReportStyle>().Select(s => $"{s} {StyleCounts[(int)s]}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"corpus: {Count} reports (seed {seed}) in {directory}: {TotalBytes} bytes, " +
            $"mean {TotalBytes / (double)Count / 1000:0.0} KB, min {MinBytes / 1000.0:0.0} KB, max {MaxBytes / 1000.0:0.0} KB; " +
            $"styles: {styles}; {elapsed.TotalSeconds:0.00} s");
    }
}

/// <summary>
/// Writes a deterministic corpus of reports in the style of the samples. One <see cref="Random"/> seeded
/// with the corpus seed draws a seed for each report in turn, and each report is built from its own
/// <see cref="Random"/>: the same seed gives the same bytes, and the first N reports of a larger corpus
/// are the N reports of a smaller one.
/// </summary>
internal static class CorpusGenerator
{
    public static CorpusSummary WriteCorpus(string directory, int count, int seed)
    {
        Directory.CreateDirectory(directory);
        var master = new Random(seed);
        var seeds = new int[count];
        for (int i = 0; i < count; i++)
            seeds[i] = master.Next();

        var sizes = new int[count];
        var styles = new ReportStyle[count];
        Parallel.For(0, count, i =>
        {
            var (bytes, style) = Generate(seeds[i]);
            File.WriteAllBytes(Path.Combine(directory, FileName(i + 1)), bytes);
            sizes[i] = bytes.Length;
            styles[i] = style;
        });

        var styleCounts = new int[Enum.GetValues<ReportStyle>().Length];
        foreach (var style in styles)
            styleCounts[(int)style]++;
        return new CorpusSummary(count, sizes.Sum(s => (long)s), sizes.Min(), sizes.Max(), styleCounts);
    }

    public static string FileName(int number) => $"report-{number:D5}.txt";

    /// <summary>One report, as the bytes of its file.</summary>
    public static (byte[] Bytes, ReportStyle Style) Generate(int reportSeed)
    {
        var builder = new ReportBuilder(new Random(reportSeed));
        return (builder.Build(), builder.Style);
    }
}

/// <summary>Builds one report: header, summary, sections of items, captions and page breaks.</summary>
internal sealed class ReportBuilder
{
    public const int MinBytes = 8_000;
    public const int MaxBytes = 25_000;
    private const int MinItem = 320; // a caption is at most 300 characters: an item is always longer
    private const int MaxItem = 900;
    private static readonly string[] PlainFollowers = [.. NeutralFollowers.Where(t => t[0] != '*')];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly DateOnly FirstDay = new(2015, 1, 1);
    private static readonly DateOnly LastDay = new(2024, 12, 31);
    private static readonly int[] PeriodLengths = [6, 7, 7, 7, 10, 13, 14, 14, 15]; // days after the first

    private readonly Random _random;
    private readonly StringBuilder _text = new(32 * 1024);
    private DateOnly _start, _end;
    private bool _seedLayout; // the seed's variant of style 002: "- ► " summary bullets, glyphs glued or not
    private int _pageBreaks, _captions, _page;
    private readonly HashSet<string> _usedInItem = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedCaptions = new(StringComparer.Ordinal);

    public ReportBuilder(Random random)
    {
        _random = random;
        Style = (ReportStyle)random.Next(Enum.GetValues<ReportStyle>().Length);
    }

    public ReportStyle Style { get; }

    public byte[] Build()
    {
        byte[] bytes = [];
        // A draw that lands outside the size range is drawn again, from the same random sequence.
        for (int attempt = 0; attempt < 20; attempt++)
        {
            bytes = Encode(BuildText());
            if (bytes.Length is >= MinBytes and <= MaxBytes)
                break;
        }
        return bytes;
    }

    private byte[] Encode(string text)
    {
        if (Style != ReportStyle.CrlfBomNoLabel)
            return Utf8.GetBytes(text);
        return [.. Encoding.UTF8.Preamble, .. Utf8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))];
    }

    private string BuildText()
    {
        _text.Clear();
        _pageBreaks = _captions = 0;
        _usedCaptions.Clear();
        _page = 2;
        _seedLayout = Style == ReportStyle.NewYearTopics && Chance(0.4);
        DrawPeriod();

        int targetBytes = Triangular(8_000, 11_500, 23_000);
        WriteHeader();
        WriteSummary();

        int sectionCount = _random.Next(3, 7);
        int body = targetBytes - _text.Length - 250;
        var itemsPerSection = SplitItems(body, ref sectionCount);
        var arenas = PickArenas(sectionCount);
        int itemCount = itemsPerSection.Sum();
        double mean = body / (double)itemCount;

        for (int s = 0; s < sectionCount; s++)
        {
            var arena = arenas[s];
            Block(arena.IsTopic ? arena.Heading : $"{HeadingPrefix()} {arena.Heading}");
            for (int i = 0; i < itemsPerSection[s]; i++)
            {
                int target = Math.Clamp((int)(mean * (0.65 + 0.7 * _random.NextDouble())), MinItem, MaxItem - 30);
                string item = BuildItem(arena, target, citeLast: 0.9, citeMiddle: 0.25);
                WriteItem(Marker(inSummary: false, index: i), item);
                if (Style != ReportStyle.CrlfBomNoLabel && _captions < 4 && Chance(0.14))
                    WriteCaption(arena);
            }
        }
        return _text.ToString();
    }

    // ---- header and summary ----

    private void WriteHeader()
    {
        int topBlanks = Style switch
        {
            ReportStyle.Highlights => 4,
            ReportStyle.NewYearTopics => _seedLayout ? 4 : 0,
            ReportStyle.NoGlyphs => 1,
            ReportStyle.DayFirstNumbered => 3,
            _ => 0,
        };
        _text.Append('\n', topBlanks);
        _text.Append(Style == ReportStyle.DayFirstNumbered ? "Spotlight on Iran*" : "Spotlight on Iran").Append('\n');
        Block(FormatPeriod());

        string authors = Pick(Authors);
        if (Chance(0.1))
        {
            string second = Pick(Authors);
            if (second != authors)
                authors += " and " + second;
        }
        Block(Style switch
        {
            ReportStyle.Highlights => "Editor: " + authors,
            ReportStyle.NoGlyphs => "By " + authors,
            _ => "Author: " + authors,
        });

        string? label = Style switch
        {
            ReportStyle.Highlights => Chance(0.7) ? "Highlights of the week" : "Highlights of the Week",
            ReportStyle.NewYearTopics => "Overview",
            ReportStyle.NoGlyphs or ReportStyle.DayFirstNumbered => "Main Points",
            ReportStyle.NoSpaceCaptions => "Overview[1]",
            _ => null,
        };
        if (label is not null)
            Block(label);
    }

    private void WriteSummary()
    {
        int count = _random.Next(3, 6);
        for (int i = 0; i < count; i++)
        {
            var arena = Chance(0.85) ? Pick(Regions) : Pick(Topics);
            string item = BuildItem(arena, _random.Next(300, 560), citeLast: 0.2, citeMiddle: 0);
            WriteItem(Marker(inSummary: true, index: i), item);
        }
    }

    // ---- sections ----

    private Arena[] PickArenas(int sectionCount)
    {
        var regions = Regions.OrderBy(_ => _random.Next()).ToList();
        var chosen = regions.Take(sectionCount).ToList();
        bool topic = Style == ReportStyle.NewYearTopics || Chance(0.15);
        if (topic)
            chosen[^1] = Pick(Topics);
        // Regions and topics exhaust at seven and two: enough for six sections.
        return [.. chosen];
    }

    /// <summary>How many items each section gets (2–6), so that items of 300–900 characters fill the body.</summary>
    private int[] SplitItems(int body, ref int sectionCount)
    {
        int lo = 0, hi = -1;
        for (int tries = 0; tries < 4 && lo > hi; tries++)
        {
            lo = Math.Max(2 * sectionCount, (int)Math.Ceiling(body / 780.0));
            hi = Math.Min(6 * sectionCount, body / 420);
            if (lo > hi)
                sectionCount = Math.Clamp(lo > 6 * sectionCount ? sectionCount + 1 : sectionCount - 1, 3, 6);
        }
        int total = lo > hi ? lo : _random.Next(lo, hi + 1);
        var counts = Enumerable.Repeat(2, sectionCount).ToArray();
        for (int left = total - 2 * sectionCount; left > 0; left--)
        {
            int s = _random.Next(sectionCount);
            for (int step = 0; counts[s] >= 6 && step < sectionCount; step++)
                s = (s + 1) % sectionCount;
            if (counts[s] >= 6)
                break;
            counts[s]++;
        }
        return counts;
    }

    private string HeadingPrefix() => _random.Next(20) switch
    {
        0 => "Iranian Activity in",
        1 => "Iran’s Involvement in",
        _ => "Iranian Involvement in",
    };

    private string Marker(bool inSummary, int index) => Style switch
    {
        ReportStyle.Highlights => "• ",
        ReportStyle.NewYearTopics when _seedLayout => inSummary ? "- ► " : Chance(0.5) ? "►" : "► ",
        ReportStyle.NewYearTopics or ReportStyle.CrlfBomNoLabel => "► ",
        ReportStyle.NoGlyphs => "",
        ReportStyle.NoSpaceCaptions => "►",
        ReportStyle.DayFirstNumbered => inSummary ? $"{index + 1}. " : "▪ ",
        _ => "",
    };

    // ---- items ----

    /// <summary>An item of about <paramref name="target"/> characters (300–900), sentences with citations.</summary>
    private string BuildItem(Arena arena, int target, double citeLast, double citeMiddle)
    {
        string opener = PickOpener(arena);
        bool speaker = opener[0] == '*';
        var used = new HashSet<string> { opener };
        _usedInItem.Clear();
        var sentences = new List<string> { Fill(opener.TrimStart('*'), arena) };
        int length = sentences[0].Length;
        bool lastCited = false;
        // The closing citation is drawn first, so that the item with it stays within the maximum.
        string? closing = Chance(citeLast) ? Citation(arena) : null;
        int reserve = closing is null ? 0 : closing.Length + 3;

        for (int misses = 0; length < target - 40 && misses < 10;)
        {
            string template = PickFollower(arena);
            if ((template[0] == '*' && !speaker) || !used.Add(template))
            {
                misses++;
                continue;
            }
            string sentence = Fill(template.TrimStart('*'), arena);
            bool cited = Chance(citeMiddle);
            if (cited)
                sentence = Cite(sentence, arena);
            if (length + 1 + sentence.Length + reserve > MaxItem)
            {
                used.Remove(template);
                misses++;
                continue;
            }
            sentences.Add(sentence);
            length += 1 + sentence.Length;
            lastCited = cited;
        }
        // Too short still (an early run of misses): add sentences that need no speaker; they cannot overflow.
        while (length < MinItem)
        {
            string sentence = Fill(Pick(PlainFollowers), arena);
            sentences.Add(sentence);
            length += 1 + sentence.Length;
            lastCited = false;
        }
        if (closing is not null && !lastCited)
            sentences[^1] = Cite(sentences[^1], closing);
        return string.Join(' ', sentences);
    }

    private string PickOpener(Arena arena) =>
        arena.IsTopic || Chance(0.3) ? Pick(arena.Openers) : Pick(RegionOpeners);

    private string PickFollower(Arena arena)
    {
        double roll = _random.NextDouble();
        if (arena.IsTopic)
            return roll < 0.5 ? Pick(arena.Followers) : Pick(NeutralFollowers);
        return roll < 0.15 ? Pick(arena.Followers) : roll < 0.3 ? Pick(NeutralFollowers) : Pick(RegionFollowers);
    }

    private void WriteItem(string marker, string item)
    {
        if (_pageBreaks < 3 && item.Length > 450 && Chance(0.09) && TryBreakAcrossPage(item, out string broken))
        {
            _pageBreaks++;
            Block(marker + broken);
            return;
        }
        Block(marker + item);
    }

    /// <summary>
    /// The item cut by a page break, as PDF extraction leaves it: a blank line in mid-sentence, sometimes
    /// a line of white space or a page number between the halves, sometimes a word split at a hyphen.
    /// </summary>
    private bool TryBreakAcrossPage(string item, out string broken)
    {
        broken = item;
        int from = item.Length * 3 / 10, to = item.Length * 8 / 10;
        string gap = Style == ReportStyle.DayFirstNumbered ? $"\n\n{_page++}\n\n" : "\n\n";

        double roll = _random.NextDouble();
        if (roll < 0.2 && FindWithin(item, Compounds, from, to, wholeWord: false) is var (cIndex, compound))
        {
            int cut = cIndex + compound.IndexOf('-') + 1; // "pro-" | "Iranian"
            broken = item[..cut] + gap + item[cut..];
            return true;
        }
        if (roll < 0.4 && FindWithin(item, SplittableWords, from, to, wholeWord: true) is var (wIndex, word))
        {
            int cut = wIndex + _random.Next(4, word.Length - 2); // "reconstruc-" | "tion"
            broken = item[..cut] + "-" + gap + item[cut..];
            return true;
        }

        // A space between two words, outside parentheses, the next word in lower case.
        var candidates = new List<int>();
        int depth = 0;
        for (int i = 0; i < item.Length - 1; i++)
        {
            char c = item[i];
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ' ' && depth == 0 && i >= from && i <= to
                     && (char.IsLetter(item[i - 1]) || item[i - 1] == ',') && char.IsLower(item[i + 1]))
                candidates.Add(i);
        }
        if (candidates.Count == 0)
            return false;
        int at = candidates[_random.Next(candidates.Count)];
        if (Style != ReportStyle.DayFirstNumbered && Chance(0.25))
            gap = "\n\n \n"; // a line holding one space, as in the seed
        broken = item[..at] + gap + item[(at + 1)..];
        return true;
    }

    private static (int Index, string Word)? FindWithin(string text, string[] words, int from, int to, bool wholeWord)
    {
        foreach (string word in words)
        {
            for (int i = text.IndexOf(word, from, StringComparison.Ordinal); i >= 0 && i <= to;
                 i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                int end = i + word.Length;
                if (!wholeWord || (text[i - 1] == ' ' && (end == text.Length || !char.IsLetter(text[end]))))
                    return (i, word);
            }
        }
        return null;
    }

    // ---- captions ----

    private void WriteCaption(Arena arena)
    {
        // No caption twice in a report: a short line standing alone more than once reads as a running header.
        string text = DrawCaption(arena);
        for (int tries = 0; tries < 5 && _usedCaptions.Contains(text); tries++)
            text = DrawCaption(arena);
        if (!_usedCaptions.Add(text))
            return;
        _captions++;
        string citation = $"({Pick(CitationOutlets)}, {FormatDate(RandomDate(), withYear: false)})";
        string caption = Style switch
        {
            ReportStyle.NoGlyphs => $"{text}\n({Pick(CitationOutlets)}, {FormatDate(RandomDate(), withYear: true)})",
            ReportStyle.NoSpaceCaptions when Chance(0.5) => $"{text} {citation}\n{text} {citation}",
            ReportStyle.NoSpaceCaptions or ReportStyle.NewYearTopics when Chance(0.3) => $"**{text}\n{citation}**",
            ReportStyle.DayFirstNumbered => $"{text} Source: {Pick(SourceTails)}",
            _ => $"{text} {citation}",
        };
        // Three blank lines set a caption apart; after it, three again or just one (as in the seed).
        _text.Append("\n\n");
        Block(caption);
        if (Style is ReportStyle.Highlights or ReportStyle.NoSpaceCaptions or ReportStyle.NoGlyphs || Chance(0.5))
            _text.Append("\n\n");
    }

    private string DrawCaption(Arena arena) =>
        Fill(arena.IsTopic || Chance(0.5) ? Pick(arena.Captions) : Pick(RegionCaptions), arena);

    private static readonly string[] SourceTails =
        ["Fars News Agency", "Tasnim News Agency", "IRNA", "Mehr News Agency", "ISNA", "Defa Press"];

    // ---- citations and dates ----

    /// <summary>The sentence with a citation before its final full stop: "… spheres (Fars, November 15).".</summary>
    private string Cite(string sentence, Arena arena) => Cite(sentence, Citation(arena));

    private static string Cite(string sentence, string citation)
    {
        if (sentence.EndsWith(".”", StringComparison.Ordinal))
            return $"{sentence[..^2]}” ({citation}).";
        return $"{sentence.TrimEnd('.')} ({citation}).";
    }

    private string Citation(Arena arena)
    {
        bool year = Style == ReportStyle.CrlfBomNoLabel || Chance(0.05);
        double roll = _random.NextDouble();
        if (roll < 0.7)
            return $"{Pick(CitationOutlets)}, {FormatDate(RandomDate(), year)}";

        var (first, second) = TwoDates();
        if (roll < 0.86 || arena.IsTopic)
        {
            string a = Pick(CitationOutlets), b = Pick(CitationOutlets);
            if (a == b)
                return $"{a}, {FormatDate(first, year)}";
            string separator = Chance(0.5) ? "; " : ", ";
            return $"{a}, {FormatDate(first, year)}{separator}{b}, {FormatDate(second, year)}";
        }
        string h1 = Pick(Handles), h2 = Pick(Handles);
        return h1 == h2
            ? $"{h1}, {FormatDate(first, year)}"
            : $"{h1}, {FormatDate(first, year)}, {h2}, {FormatDate(second, year)}";
    }

    private (DateOnly, DateOnly) TwoDates()
    {
        DateOnly a = RandomDate(), b = RandomDate();
        return a <= b ? (a, b) : (b, a);
    }

    private DateOnly RandomDate() => _start.AddDays(_random.Next(_end.DayNumber - _start.DayNumber + 1));

    private static string FormatDate(DateOnly date, bool withYear) =>
        withYear ? $"{Months[date.Month - 1]} {date.Day}, {date.Year}" : $"{Months[date.Month - 1]} {date.Day}";

    private void DrawPeriod()
    {
        int days = Pick(PeriodLengths);
        int span = LastDay.DayNumber - FirstDay.DayNumber - days;
        _start = FirstDay.AddDays(_random.Next(span + 1));
        _end = _start.AddDays(days);
    }

    /// <summary>The period in the way the style's sample writes it.</summary>
    private string FormatPeriod()
    {
        string m1 = Months[_start.Month - 1], m2 = Months[_end.Month - 1];
        int d1 = _start.Day, d2 = _end.Day, y1 = _start.Year, y2 = _end.Year;
        bool sameMonth = _start.Month == _end.Month && y1 == y2;
        bool sameYear = y1 == y2;
        return Style switch
        {
            ReportStyle.Highlights when sameMonth => $"{m1} {d1}-{d2}, {y2}",
            ReportStyle.NoGlyphs when sameMonth => $"({m1} {d1}-{d2}, {y2})",
            ReportStyle.NoGlyphs when sameYear => $"({m1} {d1} – {m2} {d2}, {y2})",
            ReportStyle.NoGlyphs => $"({m1} {d1}, {y1} – {m2} {d2}, {y2})",
            ReportStyle.Highlights or ReportStyle.CrlfBomNoLabel when sameYear => $"{m1} {d1} – {m2} {d2}, {y2}",
            ReportStyle.NoSpaceCaptions when sameYear => $"{m1} {d1} – {m2} {d2} {y2}",
            ReportStyle.NoSpaceCaptions => $"{m1} {d1} {y1} – {m2} {d2} {y2}",
            ReportStyle.DayFirstNumbered when sameMonth => $"{d1}-{d2} {m2} {y2}",
            ReportStyle.DayFirstNumbered when sameYear => $"{d1} {m1} – {d2} {m2} {y2}",
            ReportStyle.DayFirstNumbered => $"{d1} {m1} {y1} – {d2} {m2} {y2}",
            _ => $"{m1} {d1}, {y1} – {m2} {d2}, {y2}",
        };
    }

    // ---- template filling ----

    /// <summary>Fills the <c>{slot}</c>s of a template; <c>{Slot}</c> capitalises the word it gives.</summary>
    private string Fill(string template, Arena arena, int depth = 0)
    {
        var result = new StringBuilder(template.Length + 96);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }
            result.Append(template, i, open - i);
            int close = template.IndexOf('}', open);
            string key = template[(open + 1)..close];
            string value = Slot(key.ToLowerInvariant(), arena, depth);
            if (char.IsUpper(key[0]) && value.Length > 0)
                value = char.ToUpperInvariant(value[0]) + value[1..];
            result.Append(value);
            i = close + 1;
        }
        return result.ToString();
    }

    private string Slot(string key, Arena arena, int depth) => key switch
    {
        "date" => FormatDate(RandomDate(), withYear: false),
        "official" => Chance(0.45) ? $"{Pick(IranianRoles)}, {PersonName(NamePool.Persian)}," : Pick(IranianRoles),
        "role" => Pick(IranianRoles),
        "local" => Chance(0.4) ? $"{Pick(arena.Locals)}, {PersonName(arena.Names)}," : Pick(arena.Locals),
        "localrole" => Pick(arena.Locals),
        "city" => Pick(arena.Cities),
        "capital" => arena.Capital,
        "country" => arena.Country,
        "adj" => arena.Adjective,
        "ally" => Pick(arena.Allies),
        "subject" => Fresh(arena.Subjects),
        "event" => Fresh(arena.Events),
        "opposition" => Pick(arena.Opposition),
        "adversary" => Pick(Adversaries),
        "sphere" => Pick(Spheres),
        "quote" => Pick(Quotes),
        "billions" => Pick(Billions),
        "count" => Pick(Counts),
        "detail" => Pick(Details),
        "reporter" => Pick(OutletReporters),
        "interviewer" => Pick(Interviewers),
        "agency" => Pick(Agencies),
        "irancity" => Pick(IranianCities),
        "province" => Pick(IranianProvinces),
        "agreement" => Fill(Pick(Agreements), arena, depth + 1),
        "clause" when depth < 2 => Fill(Fresh(() => PickClause(arena)), arena, depth + 1),
        "clause" => Pick(NeutralClauses),
        _ => throw new InvalidOperationException($"unknown template slot {{{key}}}"),
    };

    /// <summary>A word not used yet in the item being built, if a few draws find one.</summary>
    private string Fresh(string[] words) => Fresh(() => Pick(words));

    private string Fresh(Func<string> draw)
    {
        string value = draw();
        for (int tries = 0; tries < 4 && !_usedInItem.Add(value); tries++)
            value = draw();
        return value;
    }

    private string PickClause(Arena arena)
    {
        double roll = _random.NextDouble();
        if (arena.IsTopic)
            return roll < 0.7 ? Pick(arena.Clauses) : Pick(NeutralClauses);
        return roll < 0.35 ? Pick(arena.Clauses) : roll < 0.5 ? Pick(NeutralClauses) : Pick(RegionClauses);
    }

    private string PersonName(NamePool pool) => pool switch
    {
        NamePool.Arab => $"{Pick(ArabFirst)} {Pick(ArabLast)}",
        NamePool.Afghan => $"{Pick(AfghanFirst)} {Pick(AfghanLast)}",
        NamePool.Western => $"{Pick(WesternFirst)} {Pick(WesternLast)}",
        _ => $"{Pick(PersianFirst)} {Pick(PersianLast)}",
    };

    // ---- text and randomness ----

    /// <summary>Appends a block after one blank line (none before the first line of the file).</summary>
    private void Block(string text)
    {
        if (_text.Length > 0 && _text[^1] == '\n' && !IsAllNewlines())
            _text.Append('\n');
        _text.Append(text).Append('\n');
    }

    private bool IsAllNewlines()
    {
        for (int i = 0; i < _text.Length; i++)
        {
            if (_text[i] != '\n')
                return false;
        }
        return true;
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private bool Chance(double p) => _random.NextDouble() < p;

    private int Triangular(int min, int mode, int max)
    {
        double u = _random.NextDouble(), split = (mode - min) / (double)(max - min);
        return (int)(u < split
            ? min + Math.Sqrt(u * (max - min) * (mode - min))
            : max - Math.Sqrt((1 - u) * (max - min) * (max - mode)));
    }
}
