"""Support requests: a signed-in user asks the Customs for help; admins answer and mark them."""
