using System.Net;
using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.Api;

/// <summary>Every query parameter is checked; a bad one answers 400 with RFC 7807 problem details naming it.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ValidationTests(SampleStore samples)
{
    private readonly ServerHost server = samples.Server;

    [Theory]
    [InlineData("/api/v1/actors?limit=0", "limit")]
    [InlineData("/api/v1/actors?limit=many", "limit")]
    [InlineData("/api/v1/actors/Putin?top=0", "top")]
    [InlineData("/api/v1/paths?to=Xi", "from")]
    [InlineData("/api/v1/paths?from=Putin", "to")]
    [InlineData("/api/v1/paths?from=Putin&to=Xi&k=0", "k")]
    [InlineData("/api/v1/paths?from=Putin&to=Xi&k=11", "k")]
    [InlineData("/api/v1/paths?from=Putin&to=Xi&maxHops=0", "maxHops")]
    [InlineData("/api/v1/paths?from=Putin&to=Xi&weighting=shortest", "weighting")]
    [InlineData("/api/v1/paths?from=Putin&to=Xi&types=CONSULT,MEET", "types")]
    [InlineData("/api/v1/paths?from=Putin&to=Xi&since=2025-02-30", "since")]
    [InlineData("/api/v1/paths?from=Putin&to=Xi&until=yesterday", "until")]
    [InlineData("/api/v1/paths?from=Putin&to=Xi&since=2025-06-01&until=2025-01-01", "until")]
    [InlineData("/api/v1/paths?from=Putin&to=Xi&minEvents=0", "minEvents")]
    [InlineData("/api/v1/paths?from=Putin&to=Xi&modality=certain", "modality")]
    [InlineData("/api/v1/paths?from=Putin&to=Xi&directed=maybe", "directed")]
    [InlineData("/api/v1/neighbourhood/Putin?depth=4", "depth")]
    [InlineData("/api/v1/neighbourhood/Putin?depth=-1", "depth")]
    [InlineData("/api/v1/neighbourhood/Putin?limit=0", "limit")]
    [InlineData("/api/v1/neighbourhood/Putin?types=war", "types")]
    [InlineData("/api/v1/who-met/Putin?since=May", "since")]
    [InlineData("/api/v1/who-met/Putin?since=2025-06-01&until=2025-01-01", "until")]
    [InlineData("/api/v1/alignment?b=Xi", "a")]
    [InlineData("/api/v1/alignment?a=Putin&top=0", "top")]
    [InlineData("/api/v1/alignment?a=Putin&until=2025", "until")]
    [InlineData("/api/v1/blocs?minSize=1", "minSize")]
    [InlineData("/api/v1/blocs?minScore=2", "minScore")]
    [InlineData("/api/v1/blocs?minEvents=0", "minEvents")]
    [InlineData("/api/v1/blocs?since=2025-1-1", "since")]
    [InlineData("/api/v1/relations/Putin/Xi/evidence?page=0", "page")]
    [InlineData("/api/v1/relations/Putin/Xi/evidence?pageSize=201", "pageSize")]
    [InlineData("/api/v1/relations/Putin/Xi/evidence?type=TALK", "type")]
    [InlineData("/api/v1/export", "format")]
    [InlineData("/api/v1/export?format=pdf", "format")]
    [InlineData("/api/v1/export?format=dot&depth=9", "depth")]
    [InlineData("/api/v1/export?format=json&evidence=-1", "evidence")]
    public async Task A_bad_parameter_answers_400_naming_it(string url, string parameter)
    {
        using var response = await server.Client.GetAsync(url);
        var problem = await Json.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out var messages), $"no error for '{parameter}' in {errors}");
        Assert.Contains($"'", messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_parameter_is_reported_at_once()
    {
        var problem = await server.Client.GetJsonAsync("/api/v1/paths?k=0&since=x&types=FOO", HttpStatusCode.BadRequest);
        var names = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Equal(new HashSet<string> { "from", "to", "k", "since", "types" }, names);
    }
}
