--TEST--
Alternative syntax nests
--FILE--
<?php
for ($i = 0; $i < 3; $i++):
    if ($i % 2 == 0):
        echo "even $i\n";
    else:
        while (false):
        endwhile;
        echo "odd $i\n";
    endif;
endfor;
--EXPECT--
even 0
odd 1
even 2
