"""The rules of the business: status machine, validation, time. No Qt, no database."""
