using System.Net;
using System.Net.Http.Json;
using System.Text;
using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.Api;

/// <summary><c>POST /articles</c>: refused without a configured key or with a wrong one; with the key, stored and served after a swap.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ArticleWriteTests(SampleStore samples)
{
    private const string Key = "test-key-0123456789abcdef";

    // Written for these tests: a meeting the sample articles do not hold.
    private static readonly object Meeting = new
    {
        id = "test-lula-meets-ramaphosa",
        title = "Lula hosts Ramaphosa",
        text = "Brazilian President Luiz Inacio Lula da Silva met South African President Cyril Ramaphosa in Brasilia on Tuesday.",
        published = "2025-11-04",
    };

    [Fact]
    public async Task Without_a_configured_key_every_write_is_refused()
    {
        using var response = await samples.Server.Client.PostAsJsonAsync("/api/v1/articles", Meeting);
        var problem = await Json.ReadAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("Server:ApiKey", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789abcdef")]
    [InlineData("test-key-0123456789abcde")]
    public async Task A_missing_or_wrong_key_answers_401_and_stores_nothing(string? key)
    {
        await using var server = await ServerHost.StartAsync(samples.Copy(), $"--Server:ApiKey={Key}");
        var before = await server.Client.GetJsonAsync("/api/v1/stats");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = JsonContent.Create(Meeting) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await server.Client.SendAsync(request);
        await Json.ReadAsync(response, HttpStatusCode.Unauthorized);
        await Task.Delay(300);
        var after = await server.Client.GetJsonAsync("/api/v1/stats");
        Assert.Equal(before.GetProperty("articles").GetInt64(), after.GetProperty("articles").GetInt64());
        Assert.Equal(1, after.GetProperty("snapshot").GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task With_the_key_articles_are_extracted_stored_and_served_after_a_swap()
    {
        await using var server = await ServerHost.StartAsync(samples.Copy(), $"--Server:ApiKey={Key}");
        await server.Client.GetJsonAsync("/api/v1/actors/Ramaphosa", HttpStatusCode.NotFound);

        var result = await PostAsync(server, Meeting);
        var posted = await Json.ReadAsync(result);
        Assert.Equal(1, posted.GetProperty("articlesNew").GetInt32());
        var events = posted.GetProperty("events").EnumerateArray().ToList();
        Assert.Contains(events, e => e.GetProperty("type").GetString() == "CONSULT" && e.GetProperty("articleId").GetString() == "test-lula-meets-ramaphosa");

        await ServerHost.EventuallyAsync(async () => (await server.Client.GetAsync("/api/v1/actors/Ramaphosa")).IsSuccessStatusCode, "Ramaphosa is served");
        var ramaphosa = await server.Client.GetJsonAsync("/api/v1/actors/Ramaphosa");
        Assert.Contains(ramaphosa.GetProperty("topPartners").EnumerateArray(), p => p.GetProperty("actor").GetProperty("name").GetString()!.Contains("Lula", StringComparison.Ordinal));

        using var again = await PostAsync(server, Meeting);
        Assert.Equal(1, (await Json.ReadAsync(again)).GetProperty("articlesSkipped").GetInt32());
    }

    [Theory]
    [InlineData("""{"title":"no id","text":"Text."}""", "body", "'id' is required")]
    [InlineData("""{"id":"x"}""", "body", "'text' is required")]
    [InlineData("""[]""", "body", "Post 1 to")]
    [InlineData("""[{"id":"a","text":"t"},{"id":"a","text":"t"}]""", "[1]", "appears twice")]
    [InlineData("""[{"id":"a","text":"t"},42]""", "[1]", "JSON object")]
    [InlineData("""{"id":"a","text":"t","published":"soon"}""", "body", "Not an article")]
    [InlineData("""{"id":""", "body", "not JSON")]
    public async Task A_bad_article_answers_400_naming_what_is_wrong_and_stores_nothing(string body, string field, string message)
    {
        await using var server = await ServerHost.StartAsync(samples.Copy(), $"--Server:ApiKey={Key}");
        using var response = await PostRawAsync(server, body, "application/json");
        var problem = await Json.ReadAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").GetProperty(field);
        Assert.Contains(message, errors[0].GetString(), StringComparison.Ordinal);
        var stats = await server.Client.GetJsonAsync("/api/v1/stats");
        Assert.Equal((await samples.Server.Client.GetJsonAsync("/api/v1/stats")).GetProperty("articles").GetInt64(), stats.GetProperty("articles").GetInt64());
    }

    [Fact]
    public async Task Too_many_articles_in_one_request_are_refused()
    {
        await using var server = await ServerHost.StartAsync(samples.Copy(), $"--Server:ApiKey={Key}", "--Server:MaxArticlesPerRequest=2");
        var three = Enumerable.Range(0, 3).Select(i => new { id = $"a{i}", text = "Text." }).ToArray();
        using var response = await PostAsync(server, three);
        var problem = await Json.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("Post 1 to 2 articles (got 3)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_answers_415()
    {
        await using var server = await ServerHost.StartAsync(samples.Copy(), $"--Server:ApiKey={Key}");
        using var response = await PostRawAsync(server, "id=a&text=b", "application/x-www-form-urlencoded");
        await Json.ReadAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    private static Task<HttpResponseMessage> PostAsync(ServerHost server, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", Key);
        return server.Client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostRawAsync(ServerHost server, string body, string mediaType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        request.Headers.Add("X-Api-Key", Key);
        return server.Client.SendAsync(request);
    }
}
