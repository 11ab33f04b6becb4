--TEST--
a class cannot extend an interface, nor a final class
--FILE--
<?php
interface I {}
final class F {}
class G extends F {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Class G cannot extend final class F in %s on line 4
