using System.Text;
using ActorGraph.Extraction.Input;

namespace ActorGraph.Extraction.Tests.Input;

/// <summary>Inputs built to crash or stall a reader: each is read as an article or reported as an error, never an exception.</summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Talks = "Xi Jinping held talks with Vladimir Putin.";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("span", 20_000)]
    [InlineData("div", 20_000)]
    [InlineData("b", 1_000_000)]
    [InlineData("table", 100_000)]
    public async Task Deeply_nested_html_is_read_without_overflowing_the_stack(string tag, int depth)
    {
        var html = new StringBuilder("<html><body><article>");
        html.Insert(html.Length, $"<{tag}>", depth).Append($"<p>{Talks}</p>").Insert(html.Length, $"</{tag}>", depth).Append("</article></body></html>");
        var path = _folder.Write("deep.html", html.ToString());

        var result = await Watchdog.RunAsync(() => Some.Reader().ReadFileAsync(path));

        Assert.Empty(result.Errors);
        Assert.Contains(Talks, Assert.Single(result.Articles).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nested_divs_without_article_markup_are_read_from_the_body()
    {
        // 2,000 levels without <article> once took SmartReader 55 s; past 64 levels the page is read from its body.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 2_000)) + $"<p>{Talks}</p>" + string.Concat(Enumerable.Repeat("</div>", 2_000)) + "</body></html>";
        var path = _folder.Write("deep-div.html", html);

        var result = await Watchdog.RunAsync(() => Some.Reader().ReadFileAsync(path));

        Assert.Contains(Talks, Assert.Single(result.Articles).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_nesting_is_cut_at_the_limit_and_text_kept()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 1_000)) + Talks;

        var flat = HtmlNesting.Flatten(html);

        Assert.Equal(HtmlNesting.MaxDepth, CountOf(flat, "<div>"));
        Assert.EndsWith(Talks, flat, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div><table>")]
    [InlineData("<b><div>")]
    [InlineData("<dd><li>")]
    [InlineData("<svg><div/>")]
    public void Markup_the_tree_builder_nests_is_counted_as_nesting(string unit)
    {
        // These tags nest in the parsed tree although end tags or self-closing marks suggest otherwise; the cut must still apply.
        var html = string.Concat(Enumerable.Repeat(unit + "</div>", 2_000));

        var flat = HtmlNesting.Flatten(html);

        Assert.True(flat.Length < html.Length, "deep nesting was not cut");
    }

    [Fact]
    public void Well_formed_pages_are_left_alone()
    {
        var html = Some.Page() + string.Concat(Enumerable.Repeat("<p>One.<p>Two.<li>Three<li>Four<br><img src=x>", 2_000))
            + "<svg>" + string.Concat(Enumerable.Repeat("<path d=\"M0 0\"/>", 2_000)) + "</svg>"
            + "<script>" + string.Concat(Enumerable.Repeat("<div>", 2_000)) + "</script>";

        Assert.Same(html, HtmlNesting.Flatten(html));
    }

    [Theory]
    [InlineData("lone.json", "{\"id\":\"x\",\"text\":\"Vladimir Putin held talks with Xi Jinping \\ud800.\"}")]
    [InlineData("lone.jsonl", "{\"id\":\"x\",\"text\":\"Vladimir Putin held talks with Xi Jinping \\udc00.\"}\n")]
    [InlineData("name.json", "{\"id\":\"x\",\"\\ud800\":1,\"text\":\"Vladimir Putin held talks with Xi Jinping \\ud83d.\"}")]
    public async Task Lone_surrogate_escapes_in_json_become_replacement_characters(string name, string json)
    {
        var path = _folder.Write(name, json);

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Empty(result.Errors);
        Assert.Contains("Xi Jinping \uFFFD.", Assert.Single(result.Articles).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paired_surrogate_escapes_in_json_are_kept()
    {
        var path = _folder.Write("pair.json", "{\"id\":\"x\",\"text\":\"Putin \\ud83d\\ude00 met Xi.\"}");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Contains("Putin \U0001F600 met Xi.", Assert.Single(result.Articles).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_entities_for_lone_surrogates_become_replacement_characters()
    {
        var path = _folder.Write("entity.html", $"<html><body><article><p>{Talks} &#xD800; end.</p></article></body></html>");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Contains("\uFFFD end.", Assert.Single(result.Articles).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32le")]
    [InlineData("utf-32BE")]
    public async Task Files_with_a_utf16_or_utf32_byte_order_mark_are_decoded(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes($"Title\n{Talks}\n")).ToArray();
        var path = _folder.WriteBytes("wide.txt", bytes);

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Empty(result.Errors);
        Assert.Equal(Talks, Assert.Single(result.Articles).Text);
    }

    [Fact]
    public async Task Utf16_without_a_byte_order_mark_is_named_in_the_error()
    {
        var path = _folder.WriteBytes("wide.jsonl", Encoding.Unicode.GetBytes(Some.JsonLine("a", Talks) + "\n" + Some.JsonLine("b", Talks) + "\n"));

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Empty(result.Articles);
        Assert.Contains("looks like UTF-16 without a byte order mark", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_byte_order_mark_over_bytes_of_another_encoding_is_named_in_the_error()
    {
        var path = _folder.WriteBytes("odd.txt", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41]);

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.StartsWith("invalid UTF-16 LE", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n\r\n")]
    public async Task An_empty_jsonl_file_is_an_error(string content)
    {
        var path = _folder.Write("empty.jsonl", content);

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Empty(result.Articles);
        Assert.Equal($"{path}: empty file: expected one JSON article object per line", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task Text_outside_the_basic_plane_keeps_its_surrogate_pairs()
    {
        var path = _folder.WriteBytes("e.txt", [.. "T\nPutin"u8, 0xF0, 0x9F, 0x98, 0x80, .. " met Xi.\n"u8]);

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal("Putin\U0001F600 met Xi.", Assert.Single(result.Articles).Text);
    }

    [Fact]
    public void Reading_content_from_memory_uses_the_reader_of_the_name()
    {
        var result = Some.Reader().ReadContent("memory.jsonl", Encoding.UTF8.GetBytes(Some.JsonLine("a", Talks) + "\n{oops\n"));

        Assert.Equal("a", Assert.Single(result.Articles).Id);
        Assert.Equal(2, Assert.Single(result.Errors).Line);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
