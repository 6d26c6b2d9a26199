namespace Spotlight.Tests.Browser;

/// <summary>The width and height a PNG file declares (its first chunk, IHDR, right after the signature).</summary>
internal static class PngSize
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) Of(string path)
    {
        var head = new byte[24];
        using (var file = File.OpenRead(path))
            file.ReadExactly(head);
        if (!head.AsSpan(0, 8).SequenceEqual(Signature) || !head.AsSpan(12, 4).SequenceEqual("IHDR"u8))
            throw new InvalidDataException($"{path} is not a PNG");
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(16)),
                System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(20)));
    }
}
