using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT023: the same item written twice (text pasted twice); a summary bullet may restate an item, so only sections are compared.</summary>
public sealed class DuplicateItemRule : Rule
{
    public override RuleRun Start(ValidationContext context) => new Run(this);

    /// <summary>
    /// The text of each item met (its white space made single spaces), with the item it was first met in: kept as the
    /// first 128 bits of its SHA-256, so that what is remembered of an item is 16 bytes, not its text. Two texts that
    /// differ share them with a chance of one in 2^64 among billions of items.
    /// </summary>
    private sealed class Run(DuplicateItemRule rule) : RuleRun
    {
        private readonly Dictionary<UInt128, string> _seen = [];

        public override IEnumerable<Diagnostic> Node(NodeInSection node)
        {
            if (node.SectionKind == SectionKind.Summary || node.Node is not Item item)
                yield break;
            var key = KeyOf(item.Text);
            if (_seen.TryGetValue(key, out string? first))
                yield return rule.Descriptor.At(item.Lines.First, 1, item.Id, $"same text as {first}");
            else
                _seen[key] = item.Id;
        }
    }

    /// <summary>The digest of a text's words, one space between each, read word by word: no copy of the text is made.</summary>
    internal static UInt128 KeyOf(string text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<char> buffer = stackalloc char[2048];
        int used = 0;
        bool first = true;
        for (int at = 0; at < text.Length;)
        {
            if (char.IsWhiteSpace(text[at]))
            {
                at++;
                continue;
            }
            if (!first)
                Put(hash, buffer, ref used, " ");
            first = false;
            int end = at;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
                end++;
            Put(hash, buffer, ref used, text.AsSpan(at, end - at));
            at = end;
        }
        hash.AppendData(MemoryMarshal.AsBytes(buffer[..used]));
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    /// <summary>Gathers characters to hash in a buffer, handed on when full: one call to the hash per buffer, not per word.</summary>
    private static void Put(IncrementalHash hash, Span<char> buffer, ref int used, ReadOnlySpan<char> chars)
    {
        while (chars.Length > 0)
        {
            if (used == buffer.Length)
            {
                hash.AppendData(MemoryMarshal.AsBytes(buffer));
                used = 0;
            }
            int taken = Math.Min(chars.Length, buffer.Length - used);
            chars[..taken].CopyTo(buffer[used..]);
            used += taken;
            chars = chars[taken..];
        }
    }
}
