using System.Text;
using Obj = Spotlight.Fuzz.PdfSketch.Obj;

namespace Spotlight.Fuzz;

/// <summary>
/// Builds a PDF from a recipe: a one-page report, then edits chosen by the recipe's bytes. The edits are what
/// random bytes never make: a value that is a reference to itself, to an ancestor or to nothing; page trees
/// that loop through /Kids or /Parent; Form XObjects nested deep, drawn many times, drawing themselves; streams
/// that inflate far, in one Flate layer or several; pages of millions of Tj; a wrong /Length, /Count or
/// cross-reference table; objects missing, defined twice, of another generation, or spaced in ways the PDF
/// syntax allows and a pattern may not.
/// </summary>
internal sealed class PdfFromRecipe
{
    private const int MaxEdits = 48;

    private static readonly string[] Lines =
    [
        "Spotlight on Iran", "March 3, 2022 - March 17, 2022", "Author: Dr. A. Writer", "Overview", "Iranian Involvement in Syria",
        "\u0095 Tehran hosted a delegation (Fars, March 5).", "\u0095 The meeting took place in early March (IRNA, Tasnim, March 6-7).",
        "1. A visit took place in mid-March (ISNA, 12 March 2022).", "A caption of an image (Tasnim, March 8)", "2",
    ];

    private static readonly string[] Keys = ["MediaBox", "Resources", "Contents", "Parent", "Kids", "Count", "Length", "Pages", "Font", "XObject", "BBox", "Filter"];

    private static readonly string[] Spacings = ["\0", "\f", "\r\n", " %c\n", "\t", "  "];

    private static readonly string[] Garbage =
    [
        "9999999999 0 obj\n<< >>\nendobj\n", "4294967296 0 obj 1 0 R endobj\n", "2147483648 65535 obj null endobj\n", "12 0 obj\n",
        "endobj\n", "stream\n", "trailer << /Root 2 0 R >>\n", "%%EOF\n", "xref\n0 1\n0000000000 65535 f \n", "99 0 obj 99 0 R endobj\n",
    ];

    private readonly Recipe _recipe;
    private readonly PdfSketch _pdf = new();
    private readonly Obj _catalog, _root, _font;
    private readonly List<Obj> _nodes = [], _pages = [];
    private readonly Dictionary<Obj, Obj> _parentOf = [];
    private readonly Dictionary<Obj, List<string>> _kids = [];
    private readonly Dictionary<Obj, List<Obj>> _contents = [];
    private readonly Dictionary<Obj, List<(string Written, Obj Form)>> _xobjects = [];
    private readonly Dictionary<Obj, (string Text, int Layers)> _plain = [];
    private readonly HashSet<(Obj, string)> _fixed = [], _indirect = [];
    private readonly HashSet<Obj> _inherits = [];
    private int _forms;

    private PdfFromRecipe(byte[] recipe)
    {
        _recipe = new Recipe(recipe);
        _catalog = _pdf.AddDictionary(("Type", "/Catalog"));
        _root = _pdf.AddDictionary(("Type", "/Pages"));
        _catalog["Pages"] = PdfSketch.Ref(_root);
        _font = _pdf.AddDictionary(("Type", "/Font"), ("Subtype", "/Type1"), ("BaseFont", "/Helvetica"), ("Encoding", "/WinAnsiEncoding"));
        _nodes.Add(_root);
        _kids[_root] = [];
        AddPage(_root, [Lines[0], Lines[1], Lines[2], Lines[3], Lines[5], Lines[6]]);
    }

    public static byte[] Build(byte[] recipe)
    {
        var builder = new PdfFromRecipe(recipe);
        for (int edit = 0; edit < MaxEdits && !builder._recipe.AtEnd; edit++)
            builder.Edit();
        builder.Finish();
        return builder._pdf.Write();
    }

    private Obj AddPage(Obj parent, IEnumerable<string> lines)
    {
        var content = AddText(lines);
        var page = _pdf.AddDictionary(("Type", "/Page"), ("Parent", PdfSketch.Ref(parent)), ("MediaBox", "[0 0 612 792]"));
        _kids[parent].Add(PdfSketch.Ref(page));
        _parentOf[page] = parent;
        _pages.Add(page);
        _contents[page] = [content];
        _xobjects[page] = [];
        return page;
    }

    private Obj AddText(IEnumerable<string> lines)
    {
        var stream = _pdf.AddStream([]);
        _plain[stream] = (Text(lines), 0);
        return stream;
    }

    private static string Text(IEnumerable<string> lines) =>
        "BT /F1 12 Tf 14 TL 72 720 Td\n" + string.Concat(lines.Select(line => $"({line.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)")}) Tj T*\n")) + "ET\n";

    private T Pick<T>(IReadOnlyList<T> choices) => _recipe.Pick(choices);

    /// <summary>Any object still in the file; the catalog when edits have removed them all.</summary>
    private Obj AnyObject() => _pdf.Objects.Count == 0 ? _catalog : Pick(_pdf.Objects.Values.OrderBy(o => o.Number).ToList());

    private void Set(Obj holder, string key, string value)
    {
        _fixed.Add((holder, key));
        switch (key)
        {
            case "Length" when holder.Data is not null:
                holder.Length = value;
                break;
            case "Font" or "XObject":
                _fixed.Add((holder, "Resources"));
                holder["Resources"] = _recipe.Flip() ? $"<< /{key} {value} >>" : $"<< /{key} << /{(key == "Font" ? "F1" : "Fm1")} {value} >> >>";
                break;
            default:
                holder[key] = value;
                break;
        }
    }

    private IEnumerable<Obj> AncestorsOrSelf(Obj node)
    {
        for (var at = node; at is not null; at = _parentOf.GetValueOrDefault(at))
        {
            yield return at;
            if (at == _root)
                yield break;
        }
    }

    private void Edit()
    {
        switch (_recipe.Pick(22))
        {
            case 0:
                AddPage(Pick(_nodes), Enumerable.Range(0, 1 + _recipe.Pick(6)).Select(_ => Pick(Lines)).ToList());
                break;
            case 1:
            {
                var parent = Pick(_nodes);
                var node = _pdf.AddDictionary(("Type", "/Pages"), ("Parent", PdfSketch.Ref(parent)));
                _kids[parent].Add(PdfSketch.Ref(node));
                _kids[node] = [];
                _parentOf[node] = parent;
                _nodes.Add(node);
                AddPage(node, [Pick(Lines)]);
                break;
            }
            case 2: // a value that is a reference to a chain of bare references coming back to its start
            {
                var holder = AnyObject();
                string key = Pick(Keys);
                var chain = Enumerable.Range(0, 1 + _recipe.Pick(3)).Select(_ => _pdf.Add()).ToList();
                for (int i = 0; i < chain.Count; i++)
                    chain[i].Raw = PdfSketch.Ref(chain[(i + 1) % chain.Count]);
                Set(holder, key, PdfSketch.Ref(chain[0]));
                break;
            }
            case 3: // a value that is a reference to the object itself, an ancestor, another kind of object, or nothing
            {
                var holder = AnyObject();
                string key = Pick(Keys);
                var targets = AncestorsOrSelf(holder).Append(_catalog).Append(_font).Append(Pick(_pages)).ToList();
                string target = _recipe.Pick(8) == 0 ? PdfSketch.Ref(9999) : PdfSketch.Ref(Pick(targets));
                Set(holder, key, target);
                break;
            }
            case 4: // a kid that is an ancestor of its node, or the catalog, or a page's page
            {
                var node = Pick(_nodes);
                _kids[node].Add(PdfSketch.Ref(Pick(AncestorsOrSelf(node).Append(_catalog).Append(Pick(_pages)).ToList())));
                break;
            }
            case 5:
                NestedForms(Pick(_pages), depth: 1 + _recipe.Pick(12), fanOut: 1 + _recipe.Pick(16), own: _recipe.Flip(), escaped: _recipe.Pick(4) == 0);
                break;
            case 6:
                RecursiveForm(Pick(_pages), _recipe.Pick(4), escaped: _recipe.Pick(4) == 0);
                break;
            case 7: // an existing content stream Flate-encoded, once or more
            {
                var stream = Pick(_plain.Keys.ToList());
                _plain[stream] = (_plain[stream].Text, 1 + _recipe.Pick(3));
                break;
            }
            case 8: // a stream of little text and much white space, inflating up to 128 MB
            {
                int count = 1 << (4 + _recipe.Pick(24));
                string unit = Pick(["\0", " ", "\n", "0 0 m\n"]);
                AddStreamTo(Pick(_pages), unit, count, layers: 1 + _recipe.Pick(3));
                break;
            }
            case 9: // up to 4 million Tj operators
            {
                int layers = _recipe.Pick(3);
                int count = Math.Min(1 << _recipe.Pick(23), layers == 0 ? 1 << 15 : int.MaxValue);
                AddStreamTo(Pick(_pages), "BT /F1 12 Tf 72 700 Td (Spotlight) Tj ET\n", count, layers);
                break;
            }
            case 10:
                WrongLength(Pick(_plain.Keys.ToList()));
                break;
            case 11:
            {
                var node = Pick(_nodes);
                Set(node, "Count", Pick(["0", "-1", "1", "2147483647", "4294967296", "999999999999", "3.5", "null", PdfSketch.Ref(node)]));
                break;
            }
            case 12:
                _pdf.Remove(AnyObject());
                break;
            case 13: // an array moved into an object of its own
            {
                var holder = _recipe.Flip() ? Pick(_pages) : Pick(_nodes);
                _indirect.Add((holder, _nodes.Contains(holder) ? "Kids" : Pick(["Contents", "MediaBox"])));
                break;
            }
            case 14:
            {
                var obj = AnyObject();
                _pdf.AddShadow(obj, Pick(["null", PdfSketch.Ref(obj), "<< /Type /Page >>", $"<< /Type /Pages /Kids [{PdfSketch.Ref(_root)}] /Count 1 >>", PdfSketch.Ref(_root)]), _recipe.Flip());
                break;
            }
            case 15:
            {
                var obj = AnyObject();
                obj.Generation = 1 + _recipe.Next() * _recipe.Next();
                obj.StaleReferences = _recipe.Flip();
                break;
            }
            case 16:
                AnyObject().Spacing = Pick(Spacings);
                break;
            case 17:
                _pdf.Xref = (PdfSketch.XrefKind)_recipe.Pick(5);
                _pdf.XrefShift = _recipe.Next() - 128;
                break;
            case 18:
                _pdf.Inserts.Add((_recipe.Pick(_pdf.Objects.Count + 1), Pick(Garbage)));
                break;
            case 19:
            {
                var page = Pick(_pages);
                if (_recipe.Flip())
                    _inherits.Add(page);
                else if (_parentOf.TryGetValue(page, out var parent) && page["MediaBox"] is { } box)
                {
                    parent["MediaBox"] = box;
                    page["MediaBox"] = null;
                }
                break;
            }
            case 20:
            {
                var stream = Pick(_plain.Keys.ToList());
                var lines = Enumerable.Range(0, 1 + _recipe.Pick(8)).Select(_ => Pick(Lines));
                _plain[stream] = (Text(lines), _plain[stream].Layers);
                break;
            }
            case 21: // a /Parent that leads down or sideways: a loop the kids do not show
            {
                var holder = _recipe.Flip() ? Pick(_pages) : Pick(_nodes);
                Set(holder, "Parent", PdfSketch.Ref(Pick(_pages.Concat(_nodes).ToList())));
                break;
            }
        }
    }

    private void AddStreamTo(Obj page, string unit, int count, int layers)
    {
        var stream = _pdf.AddStream(Deflated.Of(unit, count, layers));
        if (layers > 0)
        {
            stream["Filter"] = Filter(layers);
            // Readers differ on the two bytes of the zlib header: some check them, some skip them unread.
            if (_recipe.Pick(4) == 0)
                stream.Data = [(byte)_recipe.Next(), (byte)_recipe.Next(), .. stream.Data![2..]];
        }
        _contents[page].Add(stream);
    }

    /// <summary>The /Filter of <paramref name="layers"/> Flate layers: a name, an array, or either in an object of its own.</summary>
    private string Filter(int layers)
    {
        string filter = layers == 1 && _recipe.Flip()
            ? Pick(["/FlateDecode", "/Fl"])
            : "[" + string.Join(" ", Enumerable.Repeat(Pick(["/FlateDecode", "/Fl"]), layers)) + "]";
        return _recipe.Pick(4) == 0 ? PdfSketch.Ref(_pdf.Add(filter)) : filter;
    }

    /// <summary>A /Length off by a little or a lot, or a reference to a number, to a loop, to nothing, to the stream itself.</summary>
    private void WrongLength(Obj stream)
    {
        int length = Encoding.Latin1.GetByteCount(_plain[stream].Text);
        string value = _recipe.Pick(9) switch
        {
            0 => (length + 1 + _recipe.Pick(64)).ToString(),
            1 => Math.Max(0, length - 1 - _recipe.Pick(64)).ToString(),
            2 => "0",
            3 => "99999999",
            4 => "-5",
            5 => PdfSketch.Ref(_pdf.Add(length.ToString())),
            6 => PdfSketch.Ref(_pdf.Add(PdfSketch.Ref(_pdf.Objects.Keys.Max() + 1))),
            7 => PdfSketch.Ref(9999),
            _ => PdfSketch.Ref(stream),
        };
        Set(stream, "Length", value);
    }

    /// <summary>The name a form is drawn by, and the name as its resources write it (with a #xx escape, which readers decode).</summary>
    private (string Name, string Written) NameForm(bool escaped)
    {
        int number = ++_forms;
        return ($"Fm{number}", escaped ? $"F#6d{number}" : $"Fm{number}");
    }

    private Obj AddForm(string content, string? resources)
    {
        var form = _pdf.AddStream([], ("Type", "/XObject"), ("Subtype", "/Form"), ("BBox", "[0 0 612 792]"));
        if (resources is not null)
            form["Resources"] = resources;
        _plain[form] = (content, 0);
        return form;
    }

    private static string Draws(string name, int times) => string.Concat(Enumerable.Repeat($"q 1 0 0 1 0 0 cm /{name} Do Q\n", times));

    /// <summary>
    /// Forms <paramref name="depth"/> deep, each drawing the next <paramref name="fanOut"/> times, the last a line of
    /// text; each names the next in its own resources, or all are named in the page's and found by inheritance.
    /// </summary>
    private void NestedForms(Obj page, int depth, int fanOut, bool own, bool escaped)
    {
        var names = Enumerable.Range(0, depth).Select(_ => NameForm(escaped)).ToList();
        Obj? next = null;
        for (int level = depth - 1; level >= 0; level--)
        {
            string content = next is null ? Text([Pick(Lines)]) : Draws(names[level + 1].Name, fanOut);
            string? resources = next is null ? $"<< /Font << /F1 {PdfSketch.Ref(_font)} >> >>"
                : own ? $"<< /XObject << /{names[level + 1].Written} {PdfSketch.Ref(next)} >> >>" : null;
            var form = AddForm(content, resources);
            if (!own || level == 0)
                _xobjects[page].Add((names[level].Written, form));
            next = form;
        }
        var draw = _pdf.AddStream([]);
        _plain[draw] = (Draws(names[0].Name, fanOut), 0);
        _contents[page].Add(draw);
    }

    /// <summary>A form that draws itself: through its own resources, through the page's, through another form, or through resources held in an object of their own.</summary>
    private void RecursiveForm(Obj page, int kind, bool escaped)
    {
        var (name, written) = NameForm(escaped);
        var form = AddForm(Draws(name, 1), null);
        switch (kind)
        {
            case 0:
                form["Resources"] = $"<< /XObject << /{written} {PdfSketch.Ref(form)} >> >>";
                break;
            case 1:
                break;
            case 2:
            {
                var (other, otherWritten) = NameForm(escaped);
                var second = AddForm(Draws(name, 1), $"<< /XObject << /{written} {PdfSketch.Ref(form)} >> >>");
                _plain[form] = (Draws(other, 1), 0);
                form["Resources"] = $"<< /XObject << /{otherWritten} {PdfSketch.Ref(second)} >> >>";
                break;
            }
            default:
                form["Resources"] = PdfSketch.Ref(_pdf.Add($"<< /XObject << /{written} {PdfSketch.Ref(form)} >> >>"));
                break;
        }
        _xobjects[page].Add((written, form));
        var draw = _pdf.AddStream([]);
        _plain[draw] = (Draws(name, 1), 0);
        _contents[page].Add(draw);
    }

    /// <summary>What edits left to the end: arrays, counts and resources written from what the tree now holds, streams encoded.</summary>
    private void Finish()
    {
        foreach (var node in _nodes)
        {
            Write(node, "Kids", "[" + string.Join(" ", _kids[node]) + "]");
            if (!_fixed.Contains((node, "Count")))
                node["Count"] = PagesUnder(node, []).ToString();
        }
        foreach (var page in _pages)
        {
            var contents = _contents[page].Where(c => _pdf.Objects.ContainsValue(c)).Select(PdfSketch.Ref).ToList();
            Write(page, "Contents", contents.Count == 1 && !_indirect.Contains((page, "Contents")) ? contents[0] : "[" + string.Join(" ", contents) + "]");
            string xobjects = _xobjects[page].Count == 0 ? "" : " /XObject << " + string.Concat(_xobjects[page].Select(x => $"/{x.Written} {PdfSketch.Ref(x.Form)} ")) + ">>";
            string resources = $"<< /Font << /F1 {PdfSketch.Ref(_font)} >>{xobjects} >>";
            var holder = _inherits.Contains(page) ? _parentOf[page] : page;
            if (!_fixed.Contains((holder, "Resources")))
                holder["Resources"] = resources;
            if (_indirect.Contains((page, "MediaBox")) && page["MediaBox"] is { } box && !_fixed.Contains((page, "MediaBox")))
                page["MediaBox"] = PdfSketch.Ref(_pdf.Add(box));
        }
        foreach (var (stream, (text, layers)) in _plain)
        {
            if (layers > 0 && !_fixed.Contains((stream, "Filter")))
                stream["Filter"] = Filter(layers);
            stream.Data = Deflated.Of(text, 1, _fixed.Contains((stream, "Filter")) ? 0 : layers);
        }
    }

    private void Write(Obj holder, string key, string array)
    {
        if (_fixed.Contains((holder, key)))
            return;
        holder[key] = _indirect.Contains((holder, key)) ? PdfSketch.Ref(_pdf.Add(array)) : array;
    }

    private int PagesUnder(Obj node, HashSet<Obj> seen)
    {
        if (!seen.Add(node))
            return 0;
        if (!_kids.TryGetValue(node, out var kids))
            return 1;
        return kids.Select(k => _pdf.Objects.Values.FirstOrDefault(o => PdfSketch.Ref(o) == k)).OfType<Obj>()
            .Where(o => _pages.Contains(o) || _nodes.Contains(o)).Sum(o => PagesUnder(o, seen));
    }
}
