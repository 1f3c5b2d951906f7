namespace Gongkai.Web.Security;

/// <summary>
/// The installation's public address (<c>Site:PublicBaseUrl</c>, e.g. https://gongkai.example.gov.cn),
/// the base of every absolute link: Atom feeds, emails, receipts. The request's Host header is never
/// used for links: behind a proxy or with a forged header it names whatever the client wants.
/// </summary>
public sealed class SiteAddress
{
    public const string DefaultBaseUrl = "http://127.0.0.1:5000";

    public SiteAddress(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["Site:PublicBaseUrl"];
        IsConfigured = !string.IsNullOrWhiteSpace(configured);
        var url = IsConfigured ? configured!.Trim() : DefaultBaseUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException($"Site:PublicBaseUrl must be an absolute http(s) address, not '{url}'.");
        }

        BaseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        IsHttps = uri.Scheme == Uri.UriSchemeHttps;
    }

    /// <summary>The base without a trailing slash.</summary>
    public string BaseUrl { get; }

    public bool IsHttps { get; }

    public bool IsConfigured { get; }

    /// <summary>An absolute link to a path of the site ("/portal/3" → "https://…/portal/3").</summary>
    public string Link(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);
}
