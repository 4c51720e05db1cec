"""Accounts: registering, logging in, the user and the token."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, EmailStr, Field, model_validator

from models import Role
from server.api.schemas.fields import BusinessName, Name, Phone, RowOut, SpokenLanguage, Strict


class RegisterIn(Strict):
    name: Name
    phone: Phone | None = None
    email: EmailStr | None = None
    password: Annotated[str, Field(min_length=8, max_length=128)]
    role: Literal["vendor", "customer"]
    language: SpokenLanguage = "hi"
    business_name: BusinessName | None = None

    @model_validator(mode="after")
    def _contact(self) -> RegisterIn:
        if not self.phone and not self.email:
            raise ValueError("give a phone number or an email address")
        return self


class LoginIn(Strict):
    phone: Phone | None = None
    email: EmailStr | None = None
    password: Annotated[str, Field(min_length=1, max_length=128)]

    @model_validator(mode="after")
    def _contact(self) -> LoginIn:
        if not self.phone and not self.email:
            raise ValueError("give the phone number or email address you registered with")
        return self


class UserOut(RowOut):
    id: int
    role: Role
    name: str
    phone: str | None
    email: str | None
    language: str
    script: str
    created_at: datetime


class AuthOut(BaseModel):
    user: UserOut
    token: str


class TokenOut(BaseModel):
    token: str
    token_type: str = "bearer"  # noqa: S105 - the OAuth2 scheme name, not a secret
    expires_in: int
