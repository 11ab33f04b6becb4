--TEST--
The label as the start of a longer word does not close the heredoc
--FILE--
<?php
echo <<<END
ENDING is not the end
END2 is not either
END;
echo "|\n";
--EXPECT--
ENDING is not the end
END2 is not either|
