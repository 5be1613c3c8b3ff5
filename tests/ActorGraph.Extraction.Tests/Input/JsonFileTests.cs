namespace ActorGraph.Extraction.Tests.Input;

public sealed class JsonFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_json_object_gives_one_article_with_every_field()
    {
        var path = folder.Write("a.json", $$"""
            {
              "id": "reuters-123",
              "title": "Xi visits Moscow",
              "text": "{{Some.Body1}}\n\n{{Some.Body2}}",
              "published": "2025-05-08T23:30:00-05:00",
              "url": "https://example.com/xi",
              "source": "Reuters",
              "tags": ["china", {"nested": true}]
            }
            """);

        var result = await Some.Reader(new DateOnly(2000, 1, 1)).ReadFileAsync(path);

        Assert.Empty(result.Errors);
        var article = Assert.Single(result.Articles);
        Assert.Equal("reuters-123", article.Id);
        Assert.Equal("Xi visits Moscow", article.Title);
        Assert.Equal($"{Some.Body1}\n\n{Some.Body2}", article.Text);
        Assert.Equal(new DateOnly(2025, 5, 8), article.Published);
        Assert.Equal("https://example.com/xi", article.Url);
        Assert.Equal("Reuters", article.Source);
    }

    [Theory]
    [InlineData("2025-05-08")]
    [InlineData("2025-05-08T10:00:00Z")]
    [InlineData("2025-05-08T00:30:00+09:00")]
    [InlineData("2025-05-08T10:00:00.123+03:00")]
    [InlineData("2025-05-08T10:00:00")]
    public async Task Published_values_give_the_date_as_written(string published)
    {
        var path = folder.Write("p.json", Some.JsonLine("p", Some.Body1, published));

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal(new DateOnly(2025, 5, 8), Assert.Single(result.Articles).Published);
    }

    [Fact]
    public async Task Body_is_read_when_there_is_no_text_field_and_a_numeric_id_is_kept_as_written()
    {
        var path = folder.Write("b.json", $$"""{"id": 42, "body": "{{Some.Body1}}"}""");

        var result = await Some.Reader().ReadFileAsync(path);

        var article = Assert.Single(result.Articles);
        Assert.Equal("42", article.Id);
        Assert.Equal(Some.Body1, article.Text);
        Assert.Null(article.Title);
    }

    [Fact]
    public async Task Without_a_published_field_the_default_date_is_used()
    {
        var path = folder.Write("c.json", Some.JsonLine("c", Some.Body1));

        var result = await Some.Reader(new DateOnly(2025, 5, 10)).ReadFileAsync(path);

        Assert.Equal(new DateOnly(2025, 5, 10), Assert.Single(result.Articles).Published);
    }

    [Fact]
    public async Task Html_in_the_text_field_is_read_as_html()
    {
        var path = folder.Write("h.json", """{"id": "h", "text": "<p>Xi met Putin &amp; Lukashenko.</p><aside>Most read</aside><p>Biden called Zelensky.</p>"}""");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal("Xi met Putin & Lukashenko.\n\nBiden called Zelensky.", Assert.Single(result.Articles).Text);
    }

    [Fact]
    public async Task Malformed_json_is_an_error_naming_the_file_and_line()
    {
        var path = folder.Write("bad.json", "{\n  \"id\": \"a\",\n  \"text\": oops\n}");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Empty(result.Articles);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.StartsWith($"{path}:3: malformed JSON at column", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_id_is_an_error()
    {
        var path = folder.Write("noid.json", $$"""{"title": "T", "text": "{{Some.Body1}}"}""");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal($"{path}: missing \"id\": every JSON article needs one", Assert.Single(result.Errors).ToString());
    }

    [Theory]
    [InlineData("""{"id": "a"}""")]
    [InlineData("""{"id": "a", "text": "   "}""")]
    [InlineData("""{"id": "a", "text": null, "body": ""}""")]
    public async Task Missing_or_empty_text_is_an_error(string json)
    {
        var path = folder.Write("notext.json", json);

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.StartsWith($"{path}: missing text", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("May 8, 2025")]
    [InlineData("2025-13-01")]
    [InlineData("2025-05-08T25:00:00Z")]
    [InlineData("yesterday")]
    public async Task A_bad_published_value_is_an_error_quoting_it(string published)
    {
        var path = folder.Write("date.json", Some.JsonLine("a", Some.Body1, published));

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Empty(result.Articles);
        Assert.StartsWith($"{path}: bad \"published\" value \"{published}\"", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_array_is_an_error_that_points_to_jsonl()
    {
        var path = folder.Write("many.json", $$"""[{"id": "a", "text": "{{Some.Body1}}"}]""");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Contains(".jsonl", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_an_error_naming_the_field()
    {
        var path = folder.Write("type.json", """{"id": "a", "text": 12}""");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal($"{path}: field \"text\" must be a string, found a number", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task Content_after_the_object_is_malformed_json()
    {
        var path = folder.Write("two.json", """{"id": "a", "text": "x"} {"id": "b"}""");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.StartsWith($"{path}:1: malformed JSON", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }
}
