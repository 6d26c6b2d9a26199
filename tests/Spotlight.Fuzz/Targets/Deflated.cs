using System.IO.Compression;
using System.Text;

namespace Spotlight.Fuzz;

/// <summary>
/// Stream data compressed with Flate one or more times. Large data (a bomb of zeros, millions of Tj) is made from
/// few recipes, so each is compressed once per process and kept: the fuzzer's time goes to the reader. Nothing is
/// held uncompressed, so that the harness stays far below the memory limit the reader is held to.
/// </summary>
internal static class Deflated
{
    private static readonly Dictionary<(string Unit, int Count, int Layers), byte[]> Made = [];

    /// <summary><paramref name="unit"/> <paramref name="count"/> times, Flate-encoded <paramref name="layers"/> times (0: as it is).</summary>
    public static byte[] Of(string unit, int count, int layers)
    {
        var key = (unit, count, layers);
        if (Made.TryGetValue(key, out var known))
            return known;
        var output = new MemoryStream();
        if (layers == 0)
            Repeat(output, unit, count);
        else
        {
            using var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
            if (layers == 1)
                Repeat(zlib, unit, count);
            else
                zlib.Write(Of(unit, count, layers - 1));
        }
        byte[] data = output.ToArray();
        // Only what was costly to make is kept; the rest is cheaper made again than held.
        if (count > 1 << 16)
            Made[key] = data;
        return data;
    }

    private static void Repeat(Stream output, string unit, int count)
    {
        byte[] one = Encoding.Latin1.GetBytes(unit);
        int perChunk = Math.Max(1, (1 << 16) / Math.Max(1, one.Length));
        byte[] chunk = new byte[perChunk * one.Length];
        for (int i = 0; i < perChunk; i++)
            one.CopyTo(chunk, i * one.Length);
        for (int left = count; left > 0; left -= perChunk)
            output.Write(chunk, 0, Math.Min(left, perChunk) * one.Length);
    }
}
