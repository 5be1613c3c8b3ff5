using System.Net;
using System.Text.Json;

namespace ActorGraph.Server.Tests.Support;

/// <summary>Reads answers as JSON documents and checks their status on the way.</summary>
public static class Json
{
    /// <summary>GETs a URL and returns its JSON body, after checking the status.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        return await ReadAsync(response, expected);
    }

    /// <summary>Checks the status (showing the body when it is wrong) and parses the body.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The strings of a JSON array property.</summary>
    public static IReadOnlyList<string> Strings(this JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>A property of each item of a JSON array.</summary>
    public static IReadOnlyList<string> Each(this JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!)];
}
