using System.Text;
using System.Text.RegularExpressions;

namespace Spotlight.Fuzz;

/// <summary>
/// A PDF as a list of objects, written out at the end, so that edits can make any value of any object a reference
/// to any other (to itself, to an ancestor, to nothing) and then still give a file whose syntax a reader accepts.
/// </summary>
internal sealed partial class PdfSketch
{
    internal enum XrefKind { None, Right, Shifted, Truncated, BadStart }

    internal sealed class Obj(int number)
    {
        public int Number { get; } = number;

        public int Generation { get; set; }

        /// <summary>References to this object still say generation 0 when it has another.</summary>
        public bool StaleReferences { get; set; }

        /// <summary>What separates the numbers of its header and of references to it: PDF white space or a comment.</summary>
        public string Spacing { get; set; } = " ";

        /// <summary>A dictionary's entries, each value as written; unused where <see cref="Raw"/> is set.</summary>
        public List<KeyValuePair<string, string>> Entries { get; } = [];

        /// <summary>A body that is not a dictionary: a bare reference, an array, a number.</summary>
        public string? Raw { get; set; }

        /// <summary>Stream data as stored, already encoded; null for an object that is no stream.</summary>
        public byte[]? Data { get; set; }

        /// <summary>The /Length as written, where it is not the data's own length.</summary>
        public string? Length { get; set; }

        public string? this[string key]
        {
            get => Entries.FirstOrDefault(e => e.Key == key).Value;
            set
            {
                Entries.RemoveAll(e => e.Key == key);
                if (value is not null)
                    Entries.Add(new(key, value));
            }
        }
    }

    private readonly List<Obj> _order = [];

    public Dictionary<int, Obj> Objects { get; } = [];

    public XrefKind Xref { get; set; }

    public int XrefShift { get; set; }

    /// <summary>Text set before the object at a position of the file's order: garbage headers, comments.</summary>
    public List<(int Before, string Text)> Inserts { get; } = [];

    public Obj Add(string? raw = null)
    {
        var obj = new Obj(Objects.Count == 0 ? 1 : Objects.Keys.Max() + 1) { Raw = raw };
        Objects[obj.Number] = obj;
        _order.Add(obj);
        return obj;
    }

    public Obj AddDictionary(params (string Key, string Value)[] entries)
    {
        var obj = Add();
        foreach (var (key, value) in entries)
            obj[key] = value;
        return obj;
    }

    public Obj AddStream(byte[] data, params (string Key, string Value)[] entries)
    {
        var obj = AddDictionary(entries);
        obj.Data = data;
        return obj;
    }

    /// <summary>A second object of the same number, before or after the first: readers differ on which one counts.</summary>
    public void AddShadow(Obj of, string raw, bool before)
    {
        var shadow = new Obj(of.Number) { Raw = raw, Generation = of.Generation, Spacing = of.Spacing };
        int at = _order.IndexOf(of);
        _order.Insert(before ? at : at + 1, shadow);
    }

    /// <summary>Leaves an object out of the file; references to it stay.</summary>
    public void Remove(Obj obj)
    {
        Objects.Remove(obj.Number);
        _order.RemoveAll(o => o.Number == obj.Number);
    }

    public static string Ref(Obj obj) => Ref(obj.Number);

    public static string Ref(int number) => $"{number} 0 R";

    [GeneratedRegex(@"(?<![0-9])([0-9]+) 0 R\b")]
    private static partial Regex Reference();

    private string Body(Obj obj)
    {
        string body = obj.Raw ?? "<< " + string.Concat(obj.Entries.Select(e => $"/{e.Key} {e.Value} "))
            + (obj.Data is null ? "" : $"/Length {obj.Length ?? obj.Data.Length.ToString()} ") + ">>";
        return Reference().Replace(body, match =>
        {
            if (!int.TryParse(match.Groups[1].ValueSpan, out int number) || !Objects.TryGetValue(number, out var target))
                return match.Value;
            int generation = target.StaleReferences ? 0 : target.Generation;
            return $"{number}{target.Spacing}{generation}{target.Spacing}R";
        });
    }

    public byte[] Write()
    {
        var file = new MemoryStream();
        void Text(string s) => file.Write(Encoding.Latin1.GetBytes(s));
        Text("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new SortedDictionary<int, (long Offset, int Generation)>();
        for (int i = 0; i < _order.Count; i++)
        {
            foreach (var insert in Inserts.Where(x => x.Before == i))
                Text(insert.Text);
            var obj = _order[i];
            offsets[obj.Number] = (file.Position, obj.Generation);
            Text($"{obj.Number}{obj.Spacing}{obj.Generation}{obj.Spacing}obj\n{Body(obj)}");
            if (obj.Raw is null && obj.Data is not null)
            {
                Text("\nstream\n");
                file.Write(obj.Data);
                Text("\nendstream");
            }
            Text("\nendobj\n");
        }
        foreach (var insert in Inserts.Where(x => x.Before >= _order.Count))
            Text(insert.Text);

        long xref = file.Position;
        int size = offsets.Count == 0 ? 1 : offsets.Keys.Max() + 1;
        if (Xref != XrefKind.None)
        {
            int last = Xref == XrefKind.Truncated ? size / 2 : size;
            Text($"xref\n0 {last}\n0000000000 65535 f \n");
            for (int number = 1; number < last; number++)
                Text(offsets.TryGetValue(number, out var entry)
                    ? $"{Math.Max(0, entry.Offset + (Xref == XrefKind.Shifted ? XrefShift : 0)):D10} {entry.Generation:D5} n \n"
                    : "0000000000 65535 f \n");
        }
        Text($"trailer\n<< /Size {size} /Root {Body(new Obj(0) { Raw = Ref(1) })} >>\n");
        if (Xref != XrefKind.None)
            Text($"startxref\n{(Xref == XrefKind.BadStart ? xref * 7 + 13 : xref)}\n");
        Text("%%EOF\n");
        return file.ToArray();
    }
}
