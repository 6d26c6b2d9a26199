using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Spotlight.Reading;

/// <summary>
/// A look at a PDF's raw objects before PdfPig reads it, for what PdfPig cannot be told to bound: a reference
/// that resolves to itself (PdfPig recurses until the stack overflows, which no handler can catch), a page
/// tree that loops, Form XObjects that draw themselves or nest too deep, streams that inflate far beyond the
/// file, and pages that draw more glyphs than any report has. Objects are found as lenient parsing finds them,
/// by their <c>N G obj … endobj</c> brackets, so a file without a cross-reference table is seen too.
/// </summary>
internal sealed partial class PdfPreScan
{
    /// <summary>The file's streams may inflate to this many times its size, never past <see cref="MaxDecodedCap"/>.</summary>
    public const int DecodedPerByte = 64;
    public const long MinDecodedCap = 16L << 20;
    public const long MaxDecodedCap = 512L << 20;
    public const long MaxGlyphs = 1_000_000;
    public const long MaxOperations = 10_000_000;

    /// <summary>
    /// Form XObjects drawn, each time counted: every draw costs PdfPig a clip to the form's box and a state of its
    /// own, far more than an operation (forms 6 deep drawing the next 6 times, 46,656 draws, took seconds).
    /// </summary>
    public const long MaxFormDraws = 10_000;
    public const int MaxFormDepth = 8;

    private readonly string _text;
    private readonly PdfStreamEnds _ends;
    private readonly byte[] _bytes;
    /// <summary>Every definition of each object, in file order: an object defined twice may be read as either.</summary>
    private readonly Dictionary<(long, int), List<PdfObject>> _definitions = [];

    private void Define(PdfObject obj)
    {
        if (!_definitions.TryGetValue((obj.Number, obj.Generation), out var all))
            _definitions[(obj.Number, obj.Generation)] = all = [];
        all.Add(obj);
    }

    /// <summary>
    /// The last definition of each object, the one looked at; the others are kept for the loops they may make and
    /// what they may draw (PdfPig takes the first where it searches the file, the one the cross-reference table
    /// names where it has one).
    /// </summary>
    private IEnumerable<PdfObject> Objects => _definitions.Values.Select(all => all[^1]);

    private PdfObject? Object((long, int) key) => _definitions.TryGetValue(key, out var all) ? all[^1] : null;

    private readonly long _decodedCap;
    private long _decoded;

    private sealed record PdfObject(long Number, int Generation, string Body, int StreamStart = -1, int StreamLength = 0)
    {
        public bool IsStream => StreamStart >= 0;
        public string Name => $"{Number} {Generation}";

        // A definition is itself: compared by its text, the root of a flat page tree (a /Kids of every page) was
        // hashed whole each time the tree's walk came back to it, for every page.
        public bool Equals(PdfObject? other) => ReferenceEquals(this, other);

        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
    }

    private PdfPreScan(byte[] bytes)
    {
        _bytes = bytes;
        _text = PdfWhiteSpace.Normalise(Encoding.Latin1.GetString(bytes));
        _ends = new PdfStreamEnds(_text);
        _decodedCap = DecodedCapFor(bytes.Length);
    }

    /// <summary>Decoded stream bytes allowed for a file of <paramref name="length"/> bytes.</summary>
    public static long DecodedCapFor(long length) => Math.Clamp(length * DecodedPerByte, MinDecodedCap, MaxDecodedCap);

    /// <exception cref="ReportReadException">The file loops, or exceeds one of the budgets.</exception>
    public static void Check(byte[] bytes)
    {
        var scan = new PdfPreScan(bytes);
        try
        {
            scan.FindObjects();
            scan.CheckDecodedSize();
            scan.CheckReferenceLoops();
            scan.CheckPageTree();
            scan.CheckDrawing();
        }
        catch (Exception e) when (e is not ReportReadException and not OutOfMemoryException)
        {
            // Objects too broken to follow here are PdfPig's to refuse, or to read around.
        }
    }

    // Object numbers are as long as PdfPig takes them (a long), so that no object it resolves is missed here.
    [GeneratedRegex(@"(?<![0-9])([0-9]{1,18})\s+([0-9]{1,5})\s+obj\b")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"([0-9]{1,18})\s+([0-9]{1,5})\s+R\b")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\s*([0-9]{1,18})\s+([0-9]{1,5})\s+R\s*$")]
    private static partial Regex BareReference();

    [GeneratedRegex(@"/Length\s+([0-9]{1,10})(?![0-9]|\s+[0-9]+\s+R)")]
    private static partial Regex DirectLength();

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z0-9])")]
    private static partial Regex PageType();

    [GeneratedRegex(@"/Subtype\s*/Form(?![A-Za-z0-9])")]
    private static partial Regex FormSubtype();

    [GeneratedRegex(@"/([^\s/<>\[\]()%]+)\s*([0-9]{1,18})\s+([0-9]{1,5})\s+R\b")]
    private static partial Regex NamedReference();

    private (int From, int Found) _endstream = (int.MaxValue, -1);

    /// <summary>
    /// The next <paramref name="keyword"/> from <paramref name="from"/>, remembered so that many streams without
    /// an end do not each search the rest of the file.
    /// </summary>
    private int NextIndex(ref (int From, int Found) cache, string keyword, int from)
    {
        if (cache.From <= from && (cache.Found < 0 || cache.Found >= from))
            return cache.Found;
        int found = _text.IndexOf(keyword, from, StringComparison.Ordinal);
        cache = (from, found);
        return found;
    }

    /// <summary>
    /// Where the next object header from <paramref name="from"/> stands, found without a <see cref="Match"/> (two for
    /// each object of a file of many small ones were most of what the scan allocated).
    /// </summary>
    private (int At, int Length)? NextHeader(int from)
    {
        foreach (var header in ObjectHeader().EnumerateMatches(_text, from))
            return (header.Index, header.Length);
        return null;
    }

    /// <summary>The object number and generation of a header <c>N G obj</c>.</summary>
    private static (long Number, int Generation) HeaderNumbers(ReadOnlySpan<char> header)
    {
        int digits = header.IndexOfAnyExceptInRange('0', '9');
        var rest = header[digits..].TrimStart();
        int generationDigits = rest.IndexOfAnyExceptInRange('0', '9');
        return (long.Parse(header[..digits], CultureInfo.InvariantCulture), int.Parse(rest[..generationDigits], CultureInfo.InvariantCulture));
    }

    private void FindObjects()
    {
        int at = 0;
        while (at < _text.Length)
        {
            if (NextHeader(at) is not var (headerAt, headerLength))
                break;
            var (number, generation) = HeaderNumbers(_text.AsSpan(headerAt, headerLength));
            int start = headerAt + headerLength;
            var next = NextHeader(start);
            int limit = next?.At ?? _text.Length;
            int end = _text.IndexOf("endobj", start, limit - start, StringComparison.Ordinal);
            int stream = _text.IndexOf("stream", start, limit - start, StringComparison.Ordinal);
            if (end >= 0)
                limit = end;
            if (stream >= 0 && stream < limit)
            {
                string dictionary = _text[start..stream];
                int data = _ends.DataStart(stream);
                var direct = DirectLength().Match(dictionary);
                long declared = 0;
                bool fits = direct.Success && long.TryParse(direct.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out declared) && _ends.Fits(data, declared);
                // The data as PdfPig takes it; objects are looked for after the first endstream all the same, so
                // that a stream with a wrong length hides none of those its data runs over.
                int length = fits ? (int)declared : _ends.End(data) - data;
                Define(new PdfObject(number, generation, dictionary, data, length));
                int endstream = NextIndex(ref _endstream, "endstream", data);
                at = fits ? data + length : endstream < 0 ? _text.Length : endstream;
            }
            else
            {
                Define(new PdfObject(number, generation, _text[start..limit]));
                at = limit == end ? end + "endobj".Length : limit;
                if (at <= headerAt)
                    at = headerAt + 1;
            }
        }
        foreach (var holder in Objects.Where(o => o.IsStream && Regex.IsMatch(o.Body, @"/Type\s*/ObjStm\b")).ToList())
            AddCompressedObjects(holder);
        foreach (var stream in _definitions.Values.SelectMany(all => all).Where(o => o.IsStream).ToList())
            TakeIndirectLength(stream);
    }

    [GeneratedRegex(@"/Length\s+([0-9]{1,18}\s+[0-9]{1,5}\s+R)")]
    private static partial Regex IndirectLength();

    /// <summary>
    /// A /Length in an object of its own: PdfPig uses it where it fits (and, reading a damaged file, may not look it
    /// up), so the data is the longer of the two readings.
    /// </summary>
    private void TakeIndirectLength(PdfObject stream)
    {
        var entry = IndirectLength().Match(stream.Body);
        if (!entry.Success || Resolve(Reference().Match(entry.Groups[1].Value)) is not { IsStream: false } target
            || !long.TryParse(target.Body.AsSpan().Trim(), CultureInfo.InvariantCulture, out long declared)
            || !_ends.Fits(stream.StreamStart, declared) || declared <= stream.StreamLength)
            return;
        // Every reading of the object takes it: the pages draw through its definitions, not only the last.
        var all = _definitions[(stream.Number, stream.Generation)];
        all[all.IndexOf(stream)] = stream with { StreamLength = (int)declared };
    }

    /// <summary>The objects an object stream holds: a header of number and offset pairs, then the objects from /First.</summary>
    private void AddCompressedObjects(PdfObject holder)
    {
        var first = Regex.Match(holder.Body, @"/First\s+([0-9]{1,10})");
        if (!first.Success || Decode(holder) is not { } data)
            return;
        string text = Encoding.Latin1.GetString(data);
        if (!int.TryParse(first.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out int offset) || offset > text.Length)
            return;
        // A number too large for an offset makes every pair after it unusable; the objects before it still count.
        var numbers = Regex.Matches(text[..offset], "[0-9]{1,18}").Select(m => long.Parse(m.ValueSpan, CultureInfo.InvariantCulture))
            .TakeWhile(n => n <= int.MaxValue).ToList();
        for (int i = 0; i + 1 < numbers.Count; i += 2)
        {
            long from = offset + numbers[i + 1];
            long to = i + 3 < numbers.Count ? offset + numbers[i + 3] : text.Length;
            if (from <= to && to <= text.Length)
                if (!_definitions.ContainsKey((numbers[i], 0)))
                    Define(new PdfObject(numbers[i], 0, text[(int)from..(int)to]));
        }
    }

    private ReadOnlySpan<byte> Raw(PdfObject stream) => _bytes.AsSpan(stream.StreamStart, stream.StreamLength);

    [GeneratedRegex(@"/Filter(?![A-Za-z0-9])\s*(\[[^\]]*\]|/[^\s/<>\[\]()%]+|[0-9]{1,18}\s+[0-9]{1,5}\s+R)")]
    private static partial Regex FilterEntry();

    [GeneratedRegex(@"/([^\s/<>\[\]()%]+)")]
    private static partial Regex Name();

    /// <summary>The names of a stream's filters in the order they apply, written in place or in an object referred to.</summary>
    private List<string> FiltersOf(PdfObject stream)
    {
        var entry = FilterEntry().Match(stream.Body);
        if (!entry.Success)
            return [];
        string value = entry.Groups[1].Value;
        if (value[0] is not ('[' or '/'))
            value = Resolve(Reference().Match(value))?.Body ?? "";
        return Name().Matches(value).Select(name => PdfNames.Decode(name.Groups[1].Value)).ToList();
    }

    /// <summary>How many Flate filters a stream's data goes through before any other (or the end), and how many filters in all.</summary>
    private (int Flate, int All) FlateLayers(PdfObject stream)
    {
        var filters = FiltersOf(stream);
        return (filters.TakeWhile(name => name is "FlateDecode" or "Fl").Count(), filters.Count);
    }

    private string Megabytes => $"{_decodedCap >> 20} MB";

    private ReportReadException OverBudget(PdfObject stream) =>
        new($"PDF decodes to more than {Megabytes}: stream {stream.Name} inflates past the budget of {DecodedPerByte}× the file's size");

    /// <summary>
    /// Each stream decoded once, counting, and stopped as soon as the document's budget is spent: every Flate layer
    /// it goes through counts (a stream compressed twice holds what its second inflation gives, far more than its
    /// first), and a stream in a filter not decoded here counts as its own length.
    /// </summary>
    private void CheckDecodedSize()
    {
        foreach (var stream in Objects.Where(o => o.IsStream))
        {
            var (flate, _) = FlateLayers(stream);
            if (flate == 0)
                _decoded += stream.StreamLength;
            else
                Inflate(stream, flate, count: true);
        }
    }

    /// <summary>A stream's data, inflated through each of its Flate filters; null where it has a filter not decoded here.</summary>
    private byte[]? Decode(PdfObject stream)
    {
        var (flate, all) = FlateLayers(stream);
        if (flate < all)
            return null;
        return flate == 0 ? Raw(stream).ToArray() : Inflate(stream, flate, count: false);
    }

    private readonly byte[] _scratch = new byte[1 << 16];

    /// <summary>
    /// The data through <paramref name="layers"/> Flate filters, each layer held to the budget: on its own, or with
    /// <paramref name="count"/>, added to what the document has decoded so far (and then the last layer, only
    /// counted, is not kept).
    /// </summary>
    private byte[] Inflate(PdfObject stream, int layers, bool count)
    {
        byte[] data = Raw(stream).ToArray();
        for (int layer = 1; layer <= layers; layer++)
        {
            bool keep = !count || layer < layers;
            var output = keep ? new MemoryStream() : null;
            long length = 0;
            // As PdfPig inflates: the two bytes of the zlib header skipped, whatever they hold, and what inflates
            // before any damage kept.
            if (data.Length > 2)
            {
                try
                {
                    using var inflater = new DeflateStream(new MemoryStream(data, 2, data.Length - 2, writable: false), CompressionMode.Decompress);
                    int read;
                    while ((read = inflater.Read(_scratch)) > 0)
                    {
                        length += read;
                        output?.Write(_scratch, 0, read);
                        if ((count ? _decoded + length : length) > _decodedCap)
                            throw OverBudget(stream);
                    }
                }
                catch (InvalidDataException)
                {
                }
            }
            if (count)
                _decoded += length;
            data = output?.ToArray() ?? [];
        }
        return data;
    }

    private PdfObject? Resolve(long number, int generation) =>
        Object((number, generation)) ?? (generation == 0 ? null : Object((number, 0)));

    private PdfObject? Resolve(Match reference) =>
        Resolve(long.Parse(reference.Groups[1].ValueSpan, CultureInfo.InvariantCulture), int.Parse(reference.Groups[2].ValueSpan, CultureInfo.InvariantCulture));

    /// <summary>An object that is only a reference to another, in a chain that comes back on itself.</summary>
    /// <summary>Each definition of an object, as readers may read it.</summary>
    private IEnumerable<PdfObject> Readings(PdfObject obj) => _definitions.GetValueOrDefault((obj.Number, obj.Generation)) ?? [obj];

    private void CheckReferenceLoops()
    {
        var done = new HashSet<PdfObject>();
        foreach (var start in Objects)
            FollowReferences(start, [], done);
    }

    /// <summary>The chains of bare references from an object, through any of its definitions, a few dozen steps deep.</summary>
    private void FollowReferences(PdfObject obj, List<PdfObject> chain, HashSet<PdfObject> done)
    {
        if (done.Contains(obj))
            return;
        if (chain.Contains(obj))
        {
            var loop = chain.SkipWhile(o => o != obj).ToList();
            throw new ReportReadException(loop.Count == 1
                ? $"damaged PDF: object {obj.Name} is a reference to itself"
                : $"damaged PDF: objects {string.Join(" → ", loop.Append(obj).Select(o => o.Name))} refer to each other in a loop");
        }
        if (chain.Count > 64)
            return;
        chain.Add(obj);
        foreach (var definition in Readings(obj))
        {
            if (!definition.IsStream && BareReference().Match(definition.Body) is { Success: true } reference && Resolve(reference) is { } next)
                FollowReferences(next, chain, done);
        }
        chain.RemoveAt(chain.Count - 1);
        done.Add(obj);
    }

    /// <summary>Kids of a page tree node that lead back to the node itself.</summary>
    private void CheckPageTree()
    {
        var kids = new Dictionary<PdfObject, List<PdfObject>>();
        foreach (var definition in _definitions.Values.SelectMany(all => all).Where(o => !o.IsStream))
        {
            var array = Regex.Match(definition.Body, @"/Kids\s*\[([^\]]*)\]");
            if (!array.Success)
                continue;
            var node = Object((definition.Number, definition.Generation))!;
            if (!kids.TryGetValue(node, out var children))
                kids[node] = children = [];
            children.AddRange(Reference().Matches(array.Groups[1].Value).Select(Resolve).OfType<PdfObject>());
        }
        foreach (var (node, children) in kids)
        {
            foreach (var child in children)
                _parents.TryAdd(child, node);
        }
        var state = new Dictionary<PdfObject, bool>(); // false: on the path now; true: done.
        foreach (var root in kids.Keys)
        {
            if (state.ContainsKey(root))
                continue;
            var path = new Stack<(PdfObject Node, int Next)>();
            path.Push((root, 0));
            state[root] = false;
            while (path.Count > 0)
            {
                var (node, next) = path.Pop();
                var children = kids.GetValueOrDefault(node);
                if (children is null || next >= children.Count)
                {
                    state[node] = true;
                    continue;
                }
                path.Push((node, next + 1));
                var child = children[next];
                if (state.TryGetValue(child, out bool done))
                {
                    if (!done)
                        throw new ReportReadException($"damaged PDF: the page tree loops (object {child.Name} is its own ancestor)");
                    continue;
                }
                state[child] = false;
                path.Push((child, 0));
            }
        }
    }

    /// <summary>
    /// What each page draws, with Form XObjects followed as PdfPig follows them (by name, through the form's own
    /// resources or else those it inherits): a form that draws itself, forms nested too deep, and more glyphs or
    /// operations or form draws in all than the budget.
    /// </summary>
    private void CheckDrawing()
    {
        var memo = new Dictionary<(PdfObject, Dictionary<string, PdfObject>), Cost>();
        long glyphs = 0, operations = 0, formDraws = 0;
        foreach (var page in _definitions.Values.SelectMany(all => all).Where(o => !o.IsStream && PageType().IsMatch(o.Body)))
        {
            var names = PageNames(page);
            foreach (var content in ContentsOf(page).SelectMany(Readings).Where(o => o.IsStream))
            {
                var cost = CostOf(content, names, depth: 0, [], memo);
                glyphs = Saturating(glyphs + cost.Glyphs);
                operations = Saturating(operations + cost.Operations);
                formDraws = Saturating(formDraws + cost.FormDraws);
            }
            if (glyphs > MaxGlyphs)
                throw new ReportReadException($"PDF draws more than {MaxGlyphs.ToString("N0", CultureInfo.InvariantCulture)} glyphs (a report has far fewer)");
            if (operations > MaxOperations)
                throw new ReportReadException($"PDF draws more than {MaxOperations.ToString("N0", CultureInfo.InvariantCulture)} operations (a report has far fewer)");
            if (formDraws > MaxFormDraws)
                throw new ReportReadException($"PDF draws Form XObjects more than {MaxFormDraws.ToString("N0", CultureInfo.InvariantCulture)} times (a report draws far fewer)");
        }
    }

    private const int MaxVisits = 100_000;
    private int _visits;

    private readonly record struct Cost(long Glyphs, long Operations, long FormDraws, int Height);

    private static long Saturating(long value) => value < 0 || value > long.MaxValue / 4 ? long.MaxValue / 4 : value;

    private static long Times(long count, long each) => count == 0 || each == 0 ? 0 : each > (long.MaxValue / 4) / count ? long.MaxValue / 4 : count * each;

    private Cost CostOf(PdfObject stream, Dictionary<string, PdfObject> names, int depth, List<PdfObject> drawing, Dictionary<(PdfObject, Dictionary<string, PdfObject>), Cost> memo)
    {
        if (++_visits > MaxVisits)
            throw new ReportReadException($"PDF draws more than {MaxOperations.ToString("N0", CultureInfo.InvariantCulture)} operations (Form XObjects drawn through too many names)");
        if (Decode(stream) is not { } data)
            return default;
        var (glyphs, operations, draws) = ContentScan.Count(data);
        int height = 0;
        long formDraws = 0;
        foreach (var (name, count) in draws)
        {
            if (!names.TryGetValue(name, out var named))
                continue;
            foreach (var form in Readings(named).Where(o => o.IsStream && FormSubtype().IsMatch(o.Body)))
            {
                var child = FormCost(form, names, depth, drawing, memo);
                glyphs = Saturating(glyphs + Times(count, child.Glyphs));
                operations = Saturating(operations + Times(count, child.Operations));
                formDraws = Saturating(formDraws + Times(count, 1 + child.FormDraws));
                height = Math.Max(height, child.Height + 1);
            }
        }
        return new Cost(glyphs, operations, formDraws, height);
    }

    /// <summary>What one drawing of a form costs, drawn from a stream <paramref name="depth"/> deep; a form met again on the way down loops.</summary>
    private Cost FormCost(PdfObject form, Dictionary<string, PdfObject> names, int depth, List<PdfObject> drawing, Dictionary<(PdfObject, Dictionary<string, PdfObject>), Cost> memo)
    {
        // By number: two definitions of one object are one object to the reader that loops through it.
        if (drawing.Any(f => f.Name == form.Name))
        {
            var loop = drawing.SkipWhile(f => f.Name != form.Name).Append(form).Select(f => f.Name);
            throw new ReportReadException(drawing[^1].Name == form.Name
                ? $"damaged PDF: Form XObject {form.Name} draws itself"
                : $"damaged PDF: Form XObjects {string.Join(" → ", loop)} draw each other in a loop");
        }
        if (depth + 1 > MaxFormDepth)
            throw new ReportReadException($"PDF nests Form XObjects more than {MaxFormDepth} deep (object {form.Name} is at depth {depth + 1})");
        if (!memo.TryGetValue((form, names), out var child))
        {
            drawing.Add(form);
            child = CostOf(form, Within(names, Entry(form.Body, "Resources")), depth + 1, drawing, memo);
            drawing.RemoveAt(drawing.Count - 1);
            memo[(form, names)] = child;
        }
        if (depth + 1 + child.Height > MaxFormDepth)
            throw new ReportReadException($"PDF nests Form XObjects more than {MaxFormDepth} deep (from object {form.Name} down)");
        return child;
    }

    /// <summary>The text of a dictionary entry's value: a direct dictionary, or the body of the object it refers to.</summary>
    private string? Entry(string dictionary, string key)
    {
        int at = dictionary.IndexOf("/" + key, StringComparison.Ordinal);
        while (at >= 0 && at + key.Length + 1 < dictionary.Length && char.IsAsciiLetterOrDigit(dictionary[at + key.Length + 1]))
            at = dictionary.IndexOf("/" + key, at + 1, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var rest = dictionary.AsSpan(at + key.Length + 1).TrimStart();
        int offset = dictionary.Length - rest.Length;
        if (rest.StartsWith("<<"))
            return Balanced(dictionary, offset);
        var reference = Reference().Match(dictionary, offset);
        if (reference.Success && reference.Index == offset)
        {
            var target = Resolve(reference);
            // A chain of bare references is followed a few steps (a loop was refused before).
            for (int i = 0; i < 8 && target is not null && !target.IsStream && BareReference().Match(target.Body) is { Success: true } next; i++)
                target = Resolve(next);
            return target?.Body;
        }
        return null;
    }

    private static string Balanced(string text, int start)
    {
        int depth = 0;
        for (int i = start; i + 1 < text.Length; i++)
        {
            if (text[i] == '<' && text[i + 1] == '<') { depth++; i++; }
            else if (text[i] == '>' && text[i + 1] == '>')
            {
                depth--;
                i++;
                if (depth == 0)
                    return text[start..(i + 1)];
            }
        }
        return text[start..];
    }

    /// <summary>Each node of the page tree and the node whose /Kids name it first: the tree PdfPig walks, whatever a /Parent says.</summary>
    private readonly Dictionary<PdfObject, PdfObject> _parents = [];

    /// <summary>
    /// The XObject names a page's content can draw. PdfPig stacks the resources of every node from the root down
    /// to the page, and looks a name up from the top of that stack: a name the page's resources lack is found in
    /// an ancestor's.
    /// </summary>
    private Dictionary<string, PdfObject> PageNames(PdfObject page)
    {
        var line = new List<PdfObject>();
        Dictionary<string, PdfObject>? known = null;
        var node = page;
        for (; node is not null && line.Count < 64 && !line.Contains(node); node = ParentOf(node))
        {
            if (_namesFromRoot.TryGetValue(node, out known))
                break;
            line.Add(node);
        }
        // Known from the root down, the names of each node on the way are too; a line cut short or looping is not.
        bool fromRoot = known is not null || node is null;
        var names = known ?? new Dictionary<string, PdfObject>(StringComparer.Ordinal);
        for (int i = line.Count - 1; i >= 0; i--)
        {
            names = Within(names, Entry(line[i].Body, "Resources"));
            if (fromRoot)
                _namesFromRoot[line[i]] = names;
        }
        return names;
    }

    /// <summary>
    /// The names each node of the page tree can draw, from the root down, made once: a node's dictionary is read once,
    /// not once for each page below it (the root of a flat tree names every page, and was read for each of them).
    /// </summary>
    private readonly Dictionary<PdfObject, Dictionary<string, PdfObject>> _namesFromRoot = [];

    private PdfObject? ParentOf(PdfObject node) =>
        _parents.GetValueOrDefault(node)
        ?? (Reference().Match(Regex.Match(node.Body, @"/Parent\s*[0-9]+\s+[0-9]+\s+R").Value) is { Success: true } parent ? Resolve(parent) : null);

    /// <summary>The names drawn within resources of its own (a form's, a page's): those it names, then those around it.</summary>
    private Dictionary<string, PdfObject> Within(Dictionary<string, PdfObject> around, string? resources)
    {
        if (resources is null)
            return around;
        var names = new Dictionary<string, PdfObject>(around, StringComparer.Ordinal);
        foreach (var (name, target) in XObjectsOf(resources))
            names[name] = target;
        return names;
    }

    private Dictionary<string, PdfObject> XObjectsOf(string? resources)
    {
        var names = new Dictionary<string, PdfObject>(StringComparer.Ordinal);
        if (resources is null || Entry(resources, "XObject") is not { } xobjects)
            return names;
        foreach (Match named in NamedReference().Matches(xobjects))
        {
            if (Resolve(long.Parse(named.Groups[2].ValueSpan, CultureInfo.InvariantCulture), int.Parse(named.Groups[3].ValueSpan, CultureInfo.InvariantCulture)) is { } target)
                names[PdfNames.Decode(named.Groups[1].Value)] = target;
        }
        return names;
    }

    private IEnumerable<PdfObject> ContentsOf(PdfObject page)
    {
        var entry = Regex.Match(page.Body, @"/Contents\s*(\[[^\]]*\]|[0-9]+\s+[0-9]+\s+R)");
        if (!entry.Success)
            yield break;
        var targets = Reference().Matches(entry.Groups[1].Value).Select(Resolve).OfType<PdfObject>().ToList();
        foreach (var target in targets)
        {
            if (target.IsStream)
                yield return target;
            else // An indirect array of streams.
                foreach (var stream in Reference().Matches(target.Body).Select(Resolve).OfType<PdfObject>().Where(o => o.IsStream))
                    yield return stream;
        }
    }
}
