--TEST--
a readonly property must be typed
--FILE--
<?php
class R { public readonly $x; }
--EXITCODE--
255
--EXPECTF--
Fatal error: Readonly property R::$x must have type in %s on line 2
