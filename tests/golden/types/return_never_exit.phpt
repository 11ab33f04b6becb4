--TEST--
a never function that exits is fine
--FILE--
<?php
function stop(): never { echo "bye\n"; exit(3); }
stop();
--EXITCODE--
3
--EXPECT--
bye
