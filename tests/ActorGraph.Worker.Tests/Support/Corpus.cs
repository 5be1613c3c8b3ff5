using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ActorGraph.Worker.Tests.Support;

/// <summary>
/// 200 articles in .txt, .json and .jsonl files, 20 of them malformed in different ways: 14 files that yield nothing
/// and 6 bad lines inside .jsonl files whose other lines are good. 180 articles should be stored.
/// </summary>
internal sealed class Corpus
{
    /// <summary>The largest file the tests let the worker read; the oversize file is above it.</summary>
    public const int MaxFileBytes = 64 * 1024;

    private Corpus(IReadOnlyList<CorpusFile> files)
    {
        Files = files;
    }

    public IReadOnlyList<CorpusFile> Files { get; }

    public IReadOnlySet<string> ArticleIds => Files.SelectMany(file => file.ArticleIds).ToHashSet(StringComparer.Ordinal);

    public int Problems => Files.Sum(file => file.Problems);

    public static Corpus Standard()
    {
        var files = new List<CorpusFile>();
        var index = 0;
        for (var i = 0; i < 100; i++, index++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"article-{index:000}.txt");
            files.Add(new CorpusFile(name, Utf8($"{Some.Title(index)}\n\n{Some.ArticleText(index)}\n"), [name], 0));
        }

        for (var i = 0; i < 40; i++, index++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"json-{index:000}");
            files.Add(new CorpusFile(id + ".json", Utf8(Json(id, index)), [id], 0));
        }

        // Four .jsonl files of ten good lines each, with 2, 2, 1 and 1 bad lines among them.
        string[][] badLines =
        [
            ["{\"id\": \"broken\", \"text\": ", "[1, 2, 3]"],
            ["{\"title\": \"no id here\", \"text\": \"France condemned the strike.\"}", "{\"id\": \"empty-text\", \"text\": \"   \"}"],
            ["this is not json at all"],
            ["{\"id\": \"bad-date\", \"text\": \"Germany praised Italy.\", \"published\": \"yesterday-ish\"}"],
        ];
        for (var f = 0; f < 4; f++)
        {
            var lines = new List<string>();
            var ids = new List<string>();
            for (var i = 0; i < 10; i++, index++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"line-{index:000}");
                ids.Add(id);
                lines.Add(Json(id, index));
                if (i % 4 == 1 && i / 4 < badLines[f].Length)
                {
                    lines.Add(badLines[f][i / 4]);
                }
            }

            files.Add(new CorpusFile(string.Create(CultureInfo.InvariantCulture, $"batch-{f}.jsonl"), Utf8(string.Join('\n', lines) + "\n"), ids, badLines[f].Length));
        }

        var random = new Random(20250508);
        files.AddRange(
        [
            Broken("bad-utf8-1.txt", [.. Utf8("Summit report\nPutin met Xi in "), 0xC3, 0x28, .. Utf8(" Moscow.\n")]),
            Broken("bad-utf8-2.txt", [.. Utf8("Talks\n"), 0xFF, 0xFE, 0xFD, .. Utf8(" Macron met Scholz.\n")]),
            Broken("malformed-1.json", Utf8("{\"id\": \"m1\", \"text\": \"Modi met Kishida\"")),
            Broken("malformed-2.json", Utf8("{\"id\": \"m2\", \"text\": \"Erdogan met Zelensky\",}")),
            Broken("malformed-3.json", Utf8("[{\"id\": \"m3\", \"text\": \"An array is not an article.\"}]")),
            Broken("empty-1.txt", []),
            Broken("empty-2.json", Utf8("{\"id\": \"e2\", \"title\": \"Nothing\", \"text\": \"\"}")),
            Broken("missing-id-1.json", Utf8("{\"title\": \"Anonymous\", \"text\": \"Starmer met Lula in Geneva on Friday.\"}")),
            Broken("missing-id-2.json", Utf8("{\"id\": \"  \", \"text\": \"Xi met Putin in Beijing on Monday.\"}")),
            Broken("notes.csv", Utf8("id,text\n1,Putin met Xi\n")),
            Broken("scan.pdf", Utf8("%PDF-1.7 not really\n")),
            Broken("oversize.txt", Utf8("Long report\n" + string.Concat(Enumerable.Repeat(Some.ArticleText(7) + "\n", 600)))),
            Broken("junk-1.json", Junk(random, 3000)),
            Broken("junk-2.txt", Junk(random, 5000)),
        ]);
        return new Corpus(files);
    }

    private static CorpusFile Broken(string name, byte[] content) => new(name, content, [], 1);

    private static string Json(string id, int index) => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["id"] = id,
        ["title"] = Some.Title(index),
        ["text"] = Some.ArticleText(index),
        ["published"] = "2025-05-08",
    });

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    // Random bytes with a few invalid UTF-8 lead bytes up front, so no decoder could take them for text.
    private static byte[] Junk(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        bytes[0] = 0xFF;
        bytes[1] = 0x00;
        bytes[2] = 0xC0;
        return bytes;
    }
}
