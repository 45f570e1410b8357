"""Order providers: look up a customer's orders by phone in a fulfilment system.

`base.OrderProvider` is the protocol; adapters: `shopify.ShopifyAdminProvider`,
`chatwoot_shopify.ChatwootShopifyProvider`, `woocommerce.WooCommerceProvider`,
`generic.GenericJsonProvider`. Each raises only `OrderProviderError`.
"""

from desktop.api.orders.base import OrderProvider

__all__ = ["OrderProvider"]
