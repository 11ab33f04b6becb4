--TEST--
?void: void can only be used as a standalone type
--FILE--
<?php
function f(): ?void {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Void can only be used as a standalone type in %s on line 2
