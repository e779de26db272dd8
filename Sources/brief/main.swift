print("brief")
