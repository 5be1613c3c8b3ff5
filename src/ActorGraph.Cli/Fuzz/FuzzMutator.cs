using System.Text;
using ActorGraph.Cli.Generation;

namespace ActorGraph.Cli.Fuzz;

/// <summary>One fuzz input: the file name its reader is chosen by and the bytes given to it.</summary>
internal sealed record FuzzInput(string Name, byte[] Bytes);

/// <summary>Makes input number N of a seed by mutating a seed document: every input is reproducible from (seed, N) alone.</summary>
internal sealed class FuzzMutator(IReadOnlyList<FuzzSeed> seeds, int maxBytes)
{
    private static readonly string[] Extensions = [".txt", ".html", ".json", ".jsonl"];

    // Byte strings that stress decoders and parsers: control characters, bidi overrides, BOMs, lone and paired surrogates
    // (raw, as CESU-8 bytes, and as JSON escapes and HTML entities), markup openers and quotes.
    private static readonly byte[][] Specials =
    [
        [0x00], [0x1B], [0x07], [0x0B], [0x0C], [0x7F], [(byte)'\r'], [(byte)'\n'], [0xE2, 0x80, 0xAE], [0xE2, 0x80, 0xA8],
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xED, 0xA0, 0x80], [0xED, 0xB0, 0x80], [0xF0, 0x9F, 0x98, 0x80],
        [0xF0, 0x9D, 0x90, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80, 0x8B], [0xC2, 0xAD],
        .. new[]
        {
            "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0000", "&#xD800;", "&#0;", "&amp;", "&#x1F600;", "<", ">", "\"", "'", "\\", "<!--", "-->",
            "<script>", "</script>", "<svg>", "<math>", "<table>", "<p>", "</p>", "<li>", "<article>", "</article>", "<br/>", "<![CDATA[",
            "{", "}", "[", "]", ":", ",", "\"text\":", "\"id\":", "\"published\":\"0001-01-01\"", "\"published\":\"9999-12-31\"",
            ". ", "? ", "Mr. ", "U.S. ", " yesterday", " next week", " last month", " 2 days ago", "Ukraine's air", " Putin", " Xi Jinping",
            " said that", " did not meet", "\u2019s", " he", "\u00A0", "\t",
        }.Select(Encoding.UTF8.GetBytes),
    ];

    /// <summary>The input numbered <paramref name="index"/> of the run seeded <paramref name="seed"/>.</summary>
    public FuzzInput Make(ulong seed, long index)
    {
        var random = SeededRandom.ForStream(seed, (ulong)index);
        var source = seeds[random.NextInt(seeds.Count)];

        // Mostly the seed's own format; sometimes another reader gets it, which is how wrong extensions arrive.
        var extension = random.NextInt(8) == 0 ? Extensions[random.NextInt(Extensions.Length)] : source.Extension;
        var bytes = new List<byte>(source.Bytes);
        var mutations = 1 + random.NextInt(4);
        for (var m = 0; m < mutations; m++)
        {
            Mutate(bytes, random);
        }

        if (bytes.Count > maxBytes)
        {
            bytes.RemoveRange(maxBytes, bytes.Count - maxBytes);
        }

        return new FuzzInput(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fuzz-{seed}-{index}{extension}"), [.. bytes]);
    }

    private void Mutate(List<byte> bytes, SeededRandom random)
    {
        var at = bytes.Count == 0 ? 0 : random.NextInt(bytes.Count + 1);
        switch (random.NextInt(10))
        {
            case 0:
                // Flip bits in a few bytes.
                for (var k = 0; k < 1 + random.NextInt(8) && bytes.Count > 0; k++)
                {
                    var i = random.NextInt(bytes.Count);
                    bytes[i] ^= (byte)(1 << random.NextInt(8));
                }

                break;
            case 1:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 2:
                bytes.InsertRange(at, Specials[random.NextInt(Specials.Length)]);
                break;
            case 3:
                bytes.InsertRange(at, Nesting(random));
                break;
            case 4:
                Repeat(bytes, random, at);
                break;
            case 5:
                // Splice a slice of another seed in.
                var other = seeds[random.NextInt(seeds.Count)].Bytes;
                var from = random.NextInt(other.Length);
                bytes.InsertRange(at, other.AsSpan(from, random.NextInt(Math.Min(2048, other.Length - from) + 1)).ToArray());
                break;
            case 6:
                // Cut a slice out.
                bytes.RemoveRange(at, random.NextInt(Math.Min(512, bytes.Count - at) + 1));
                break;
            case 7:
                if (bytes.Count > 0)
                {
                    bytes[Math.Min(at, bytes.Count - 1)] = (byte)random.NextInt(256);
                }

                break;
            case 8:
                for (var k = 0; k < 1 + random.NextInt(16); k++)
                {
                    bytes.Insert(random.NextInt(bytes.Count + 1), (byte)random.NextInt(32));
                }

                break;
            default:
                var special = Specials[random.NextInt(Specials.Length)];
                for (var k = 0; k < 1 + random.NextInt(64); k++)
                {
                    bytes.InsertRange(random.NextInt(bytes.Count + 1), special);
                }

                break;
        }
    }

    // Deep markup: runs of open tags (closed or not), nested JSON, nested quotes.
    private static byte[] Nesting(SeededRandom random)
    {
        var depth = 1 + random.NextInt(random.NextInt(4) == 0 ? 4000 : 300);
        string[] opens = ["<div>", "<span>", "<b>", "<p>", "<li>", "<table><tr><td>", "<div><table>", "<svg><g>", "<a href=\"x\">", "[", "{\"a\":", "<dd><li>", "<!--", "<b><div>"];
        var open = opens[random.NextInt(opens.Length)];
        var sb = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            sb.Append(open);
        }

        if (random.NextInt(2) == 0)
        {
            sb.Append(" Xi Jinping met Vladimir Putin. ");
            var close = open.StartsWith('<') ? "</" + open[1..].Split(' ', '>')[0] + ">" : open == "[" ? "]" : "}";
            for (var i = 0; i < depth; i++)
            {
                sb.Append(close);
            }
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    // A slice of the input repeated many times: long sentences, long lines, many paragraphs.
    private void Repeat(List<byte> bytes, SeededRandom random, int at)
    {
        if (bytes.Count == 0)
        {
            return;
        }

        var from = random.NextInt(bytes.Count);
        var length = 1 + random.NextInt(Math.Min(64, bytes.Count - from));
        var slice = bytes.GetRange(from, length);
        var times = 1 + random.NextInt(Math.Max(1, (maxBytes - bytes.Count) / length));
        var repeated = new List<byte>(length * times);
        for (var i = 0; i < times; i++)
        {
            repeated.AddRange(slice);
        }

        bytes.InsertRange(at, repeated);
    }
}
