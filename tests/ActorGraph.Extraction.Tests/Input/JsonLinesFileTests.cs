using System.Text;

namespace ActorGraph.Extraction.Tests.Input;

public sealed class JsonLinesFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Each_line_is_an_article_and_blank_lines_are_skipped()
    {
        var path = folder.Write("feed.jsonl", string.Join("\n", Some.JsonLine("a", Some.Body1), "", "   ", Some.JsonLine("b", Some.Body2), ""));

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Empty(result.Errors);
        Assert.Equal(["a", "b"], result.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task A_file_with_some_bad_lines_yields_the_good_articles_and_one_error_per_bad_line()
    {
        var lines = new[]
        {
            Some.JsonLine("good-1", Some.Body1, "2025-05-08"),
            "",
            """{"id": "broken", "text": """,
            Some.JsonLine("", Some.Body1),
            Some.JsonLine("good-2", Some.Body2),
            Some.JsonLine("bad-date", Some.Body1, "08/05/2025"),
            Some.JsonLine("no-text", "  "),
            "INVALID-UTF8",
            Some.JsonLine("good-1", Some.Body2),
            "[1, 2]",
        };
        var bytes = Encoding.UTF8.GetBytes(string.Join("\r\n", lines)).ToList();
        var marker = Encoding.UTF8.GetBytes("INVALID-UTF8");
        var at = IndexOf(bytes, marker);
        bytes.RemoveRange(at, marker.Length);
        bytes.InsertRange(at, [(byte)'{', (byte)'"', (byte)'i', (byte)'d', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}']);
        var path = folder.WriteBytes("mixed.jsonl", bytes.ToArray());

        var result = await Some.Reader(new DateOnly(2025, 5, 10)).ReadFileAsync(path);

        Assert.Equal(["good-1", "good-2"], result.Articles.Select(a => a.Id));
        Assert.Equal(new DateOnly(2025, 5, 8), result.Articles[0].Published);
        Assert.Equal(new DateOnly(2025, 5, 10), result.Articles[1].Published);
        Assert.Equal([3, 4, 6, 7, 8, 9, 10], result.Errors.Select(e => e.Line ?? 0));
        Assert.All(result.Errors, e => Assert.Equal(path, e.Path));
        var messages = result.Errors.Select(e => e.ToString()).ToArray();
        Assert.StartsWith($"{path}:3: malformed JSON at column", messages[0], StringComparison.Ordinal);
        Assert.Equal($"{path}:4: missing \"id\": every JSON article needs one", messages[1]);
        Assert.StartsWith($"{path}:6: bad \"published\" value \"08/05/2025\"", messages[2], StringComparison.Ordinal);
        Assert.StartsWith($"{path}:7: missing text", messages[3], StringComparison.Ordinal);
        Assert.Equal($"{path}:8: invalid UTF-8", messages[4]);
        Assert.Equal($"{path}:9: duplicate id \"good-1\" (first on line 1)", messages[5]);
        Assert.StartsWith($"{path}:10: expected a JSON object, found an array", messages[6], StringComparison.Ordinal);
    }

    private static int IndexOf(List<byte> haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Count; i++)
        {
            if (haystack.Skip(i).Take(needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}
