"""Prints password hashes made by Django's own hashers, for Cairn's tests (PasswordHashersTest)."""
import django
from django.conf import settings

settings.configure(PASSWORD_HASHERS=[
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
])
django.setup()

from django.contrib.auth import hashers


class Pbkdf2At(hashers.PBKDF2PasswordHasher):
    def __init__(self, iterations):
        self.iterations = iterations


class Argon2With(hashers.Argon2PasswordHasher):
    def __init__(self, time_cost, memory_cost, parallelism):
        self.time_cost, self.memory_cost, self.parallelism = time_cost, memory_cost, parallelism


print("django", django.get_version())
for password, salt, iterations in [("lètmein", "seasalt", 1_000_000), ("correct horse battery staple",
        "DjangoSalt22CharsLong1", 1_000_000), ("lètmein", "seasalt", 260_000), ("", "emptysalt", 1000),
        ("p@ss$word", "Z9yX8wV7uT6sR5qP4oN3mL", 1000)]:
    print(password, Pbkdf2At(iterations).encode(password, salt, iterations))
print("lètmein", hashers.PBKDF2SHA1PasswordHasher().encode("lètmein", "seasalt", 260_000))
for password, salt, t, m, p in [("lètmein", "seasaltseasalt", 2, 102400, 8), ("lètmein", "seasaltseasalt", 1, 1024, 8), ("secret", "DjangoSalt22CharsLong1", 1, 256, 1),
        ("lètmein", "seasaltseasalt", 3, 1024, 2)]:
    print(password, Argon2With(t, m, p).encode(password, salt))

# argon2-cffi 21.2 and later make 32-byte hashes under Django's same parameters; older ones and argon2i as Django
# 1.10-3.1 wrote them.
import argon2
print("lètmein", "argon2" + argon2.low_level.hash_secret("lètmein".encode(), b"seasaltseasalt", time_cost=2,
      memory_cost=512, parallelism=2, hash_len=32, type=argon2.low_level.Type.ID).decode())
print("lètmein", "argon2" + argon2.low_level.hash_secret("lètmein".encode(), b"seasaltseasalt", time_cost=2,
      memory_cost=512, parallelism=2, hash_len=16, type=argon2.low_level.Type.I).decode())
print("unusable", hashers.make_password(None))
