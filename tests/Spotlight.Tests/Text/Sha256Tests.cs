using System.Security.Cryptography;
using Spotlight.Text;

namespace Spotlight.Tests.Text;

public sealed class Sha256Tests
{
    [Test]
    public void The_standard_examples_give_their_published_digests()
    {
        // FIPS 180-4's examples: "abc", and the two-block message of 56 bytes.
        Assert.That(Hex(""u8), Is.EqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Assert.That(Hex("abc"u8), Is.EqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        Assert.That(Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"u8),
            Is.EqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    }

    [Test]
    public void Every_length_around_the_block_and_padding_boundaries_matches_the_platform()
    {
        var random = new Random(7);
        var lengths = Enumerable.Range(0, 200).Concat([511, 512, 1000, 4095, 4096, 15_257, 65_536, 100_003]);
        foreach (int length in lengths)
        {
            var data = new byte[length];
            random.NextBytes(data);
            Assert.That(Hex(data), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(data))), $"{length} bytes");
        }
    }

    [Test]
    public void The_input_digest_is_the_same_before_and_after_the_platform_takes_over()
    {
        var random = new Random(11);
        var data = new byte[20_000];
        random.NextBytes(data);
        string expected = Convert.ToHexStringLower(SHA256.HashData(data));
        // Enough inputs to pass the bytes hashed in managed code, whatever this process hashed before.
        int count = (int)(InputDigest.ManagedBytes / data.Length) + 2;
        for (int i = 0; i < count; i++)
            Assert.That(InputDigest.Sha256Hex(data), Is.EqualTo(expected), $"input {i}");
    }

    private static string Hex(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[Sha256.HashSize];
        Sha256.HashData(data, hash);
        return Convert.ToHexStringLower(hash);
    }
}
